package health.journey.api.rules;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A rule removed the tag it had set: its condition no longer holds (a newer value, a fact too old
 * to count, a new version of the rule, or the rule retired). A tag a person set is never removed by
 * a rule.
 */
@Revision("1")
public record RuleTagRemoved(
    PatientId patientId,
    String tag,
    String ruleCode,
    int ruleVersion,
    String causeEventId,
    Instant occurredAt)
    implements PatientEvent {}
