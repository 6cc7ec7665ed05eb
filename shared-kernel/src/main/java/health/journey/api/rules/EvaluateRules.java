package health.journey.api.rules;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Evaluate the published rules and risk models against a patient's facts as they stand, because of
 * {@code causeEventId} (a fact that changed, or a rule version published); only {@code ruleCode}
 * when given. Evaluating again changes nothing when nothing changed.
 */
public record EvaluateRules(
    @TargetAggregateIdentifier PatientId patientId,
    String causeEventId,
    String ruleCode,
    Instant occurredAt) {

  public EvaluateRules {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    InvalidInput.require(causeEventId != null, "causeEventId", "causeEventId is required");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
