package health.journey.api.rules;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write the draft of a tagging rule's next version (creating the rule if its code is new). */
public record DraftTaggingRule(
    @TargetAggregateIdentifier String ruleId,
    TaggingRuleDefinition definition,
    Instant occurredAt) {

  public DraftTaggingRule {
    InvalidInput.require(definition != null, "definition", "definition is required");
    ruleId = ruleId == null ? TaggingRules.idOf(definition.code()) : ruleId;
    occurredAt = BusinessTime.orNow(occurredAt);
  }

  public DraftTaggingRule(TaggingRuleDefinition definition) {
    this(null, definition, null);
  }
}
