package health.journey.api.rules;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A rule applied a tag: which rule and version, the facts that made it hold (sealed, they are
 * health facts), and the event that caused the evaluation. The actor in the metadata is the rule
 * version.
 */
@Revision("1")
public record RuleTagApplied(
    PatientId patientId,
    String tag,
    String ruleCode,
    int ruleVersion,
    Sealed<RuleEvidence> evidence,
    String causeEventId,
    Instant occurredAt)
    implements PatientEvent {}
