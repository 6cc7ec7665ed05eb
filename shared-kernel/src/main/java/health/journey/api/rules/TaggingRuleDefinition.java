package health.journey.api.rules;

import health.journey.api.InvalidInput;
import health.journey.api.tagging.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A tagging rule (自动设置标签): the tag it sets while its condition holds, what it is for in words, and
 * the publication its thresholds come from (a threshold without a source is a defect).
 *
 * @param code the rule's code, stable across versions (e.g. obesity)
 * @param tag the tag it applies (and removes when the condition no longer holds)
 * @param description what the rule decides, in words, for staff and compliance officers
 * @param source the guideline or publication its thresholds come from
 * @param condition when it applies
 */
public record TaggingRuleDefinition(
    String code, String tag, String description, String source, Condition condition) {

  public TaggingRuleDefinition {
    code = InvalidInput.requireName(code, "code", 64);
    tag = Tag.require(tag);
    description = InvalidInput.requireText(description, "description", 1000);
    source = InvalidInput.requireText(source, "source", 1000);
    InvalidInput.require(condition != null, "condition", "a condition is required");
  }

  /** A fingerprint of the definition: the same rule gives the same one. */
  public String fingerprint() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
