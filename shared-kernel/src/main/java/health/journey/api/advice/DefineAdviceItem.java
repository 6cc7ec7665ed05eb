package health.journey.api.advice;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define an advice item, or its next version (the same code is the same item). */
public record DefineAdviceItem(
    @TargetAggregateIdentifier String itemId, AdviceItemDefinition definition, Instant occurredAt) {

  public DefineAdviceItem {
    InvalidInput.require(definition != null, "definition", "definition is required");
    itemId = itemId == null ? Advice.idOf(definition.code()) : itemId;
    occurredAt = BusinessTime.orNow(occurredAt);
  }

  public DefineAdviceItem(AdviceItemDefinition definition) {
    this(null, definition, null);
  }
}
