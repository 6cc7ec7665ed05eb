package health.journey.api.rules;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The draft of a tagging rule's next version was written. */
@Revision("1")
public record TaggingRuleDrafted(
    String ruleId, String code, TaggingRuleDefinition definition, Instant occurredAt)
    implements JourneyEvent {}
