package health.journey.api.advice;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a patient an advice item by hand (the latest version of the item). */
public record GiveAdvice(
    @TargetAggregateIdentifier PatientId patientId, String itemCode, Instant occurredAt) {
  public GiveAdvice {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    itemCode = InvalidInput.requireName(itemCode, "itemCode", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
