package health.journey.api.rules;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Names of tagging rules: their aggregate ids and the actor a version acts as. */
public final class TaggingRules {

  /** The processing group of the policy that evaluates rules when a patient's facts change. */
  public static final String POLICY_GROUP = "rules-policy";

  /** The read model of the rules and their versions. */
  public static final String PROCESSING_GROUP = "tagging-rule-projection";

  private TaggingRules() {}

  /** The id of the rule with {@code code}: the same code is always the same rule. */
  public static String idOf(String code) {
    return UUID.nameUUIDFromBytes(
            ("patient-journey:tagging-rule:" + code).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The actor a version of a rule acts as: {@code rule:<code>@<version>}. */
  public static String actor(String code, int version) {
    return "rule:" + code + "@" + version;
  }
}
