package health.journey.api.advice;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Names of the advice feature: aggregate ids, processing groups and the rule that selects it. */
public final class Advice {

  /** The read model of advice items and of each patient's advice. */
  public static final String PROCESSING_GROUP = "advice-projection";

  private Advice() {}

  /** The id of the advice item with {@code code}. */
  public static String idOf(String code) {
    return UUID.nameUUIDFromBytes(
            ("patient-journey:advice-item:" + code).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * The actor a version of an item's selection rule acts as: {@code rule:advice/<code>@<version>}.
   */
  public static String actor(String code, int version) {
    return "rule:advice/" + code + "@" + version;
  }
}
