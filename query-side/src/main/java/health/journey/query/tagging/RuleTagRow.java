package health.journey.query.tagging;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code patient_rule_tag}: a tag a rule set on a patient, which rule version, the facts
 * that made it hold (sealed) and the event that caused the evaluation.
 */
record RuleTagRow(
    UUID patientId,
    String ruleCode,
    String tag,
    Integer ruleVersion,
    Instant openedAt,
    Instant appliedAt,
    String evidenceSealed,
    String causeEventId) {}
