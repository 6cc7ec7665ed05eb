package health.journey.api.tagging;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a tag from a patient, saying why. */
public record RemoveTag(
    @TargetAggregateIdentifier PatientId patientId,
    String tag,
    PersonalData reason,
    Instant occurredAt) {

  public RemoveTag {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    tag = Tag.require(tag);
    InvalidInput.require(reason != null, "reason", "reason is required");
    PersonalDataChecks.check(reason, patientId, PersonalDataKind.FREE_TEXT, "reason");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
