package health.journey.api.rules;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publish a rule's draft as its next version; a published version never changes, and publishing
 * re-evaluates the rule over every patient.
 */
public record PublishTaggingRule(@TargetAggregateIdentifier String ruleId, Instant occurredAt) {
  public PublishTaggingRule {
    ruleId = InvalidInput.requireName(ruleId, "ruleId", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
