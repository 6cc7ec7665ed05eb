package health.journey.api.consent;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the patient gave consent for one purpose, under a given wording. */
public record GiveConsent(
    @TargetAggregateIdentifier PatientId patientId,
    ConsentPurpose purpose,
    ConsentChannel channel,
    String wordingVersion,
    Instant occurredAt) {

  public GiveConsent {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    InvalidInput.require(purpose != null, "purpose", "purpose is required");
    InvalidInput.require(channel != null, "channel", "channel is required");
    wordingVersion = WordingVersion.require(wordingVersion);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
