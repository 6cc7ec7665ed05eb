package health.journey.api.tagging;

import health.journey.api.personaldata.PersonalData;
import java.time.Instant;

/**
 * A tag a patient has, who set it (a person, or a rule version), when and why: a person's reason,
 * or the rule's code and version, the facts that made it hold (sealed, as JSON) and the event that
 * caused the evaluation.
 */
public record TagView(
    String tag,
    Instant appliedAt,
    String appliedBy,
    String appliedByRole,
    PersonalData reason,
    String ruleCode,
    Integer ruleVersion,
    PersonalData evidence,
    String causeEventId) {

  /** A tag a person set. */
  public TagView(
      String tag, Instant appliedAt, String appliedBy, String appliedByRole, PersonalData reason) {
    this(tag, appliedAt, appliedBy, appliedByRole, reason, null, null, null, null);
  }

  /** MANUAL for a tag a person set, RULE for one a rule set. */
  public String source() {
    return ruleCode == null ? "MANUAL" : "RULE";
  }
}
