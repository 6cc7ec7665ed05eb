package health.journey.api.rules;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retire a rule: it applies no new tags; re-evaluation removes the tags it set. */
public record RetireTaggingRule(@TargetAggregateIdentifier String ruleId, Instant occurredAt) {
  public RetireTaggingRule {
    ruleId = InvalidInput.requireName(ruleId, "ruleId", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
