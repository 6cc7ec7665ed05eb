package health.journey.api.patient;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a patient to another lifecycle stage, saying why. */
public record ChangeLifecycleStage(
    @TargetAggregateIdentifier PatientId patientId,
    LifecycleStage stage,
    PersonalData reason,
    Instant occurredAt) {

  public ChangeLifecycleStage {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    InvalidInput.require(stage != null, "stage", "stage is required");
    InvalidInput.require(reason != null, "reason", "reason is required");
    PersonalDataChecks.check(reason, patientId, PersonalDataKind.FREE_TEXT, "reason");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
