package health.journey.api.booking;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retire an exam package: it takes no new bookings; bookings made stay. */
public record RetireExamPackage(@TargetAggregateIdentifier String packageId, Instant occurredAt) {
  public RetireExamPackage {
    packageId = InvalidInput.requireName(packageId, "packageId", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
