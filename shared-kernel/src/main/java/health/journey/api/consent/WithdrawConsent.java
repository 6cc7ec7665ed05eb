package health.journey.api.consent;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the patient withdrew consent for one purpose; it stops that purpose at once. */
public record WithdrawConsent(
    @TargetAggregateIdentifier PatientId patientId,
    ConsentPurpose purpose,
    ConsentChannel channel,
    PersonalData reason,
    Instant occurredAt) {

  public WithdrawConsent {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    InvalidInput.require(purpose != null, "purpose", "purpose is required");
    InvalidInput.require(channel != null, "channel", "channel is required");
    PersonalDataChecks.check(reason, patientId, PersonalDataKind.FREE_TEXT, "reason");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
