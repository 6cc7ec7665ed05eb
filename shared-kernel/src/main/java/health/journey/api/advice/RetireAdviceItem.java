package health.journey.api.advice;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retire an advice item: it is given no more; advice given stays in each patient's history. */
public record RetireAdviceItem(@TargetAggregateIdentifier String itemId, Instant occurredAt) {
  public RetireAdviceItem {
    itemId = InvalidInput.requireName(itemId, "itemId", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
