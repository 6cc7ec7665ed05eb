package health.journey.api.rules;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A tagging rule's draft became its next version, which never changes. */
@Revision("1")
public record TaggingRulePublished(
    String ruleId,
    String code,
    int version,
    TaggingRuleDefinition definition,
    String fingerprint,
    Instant occurredAt)
    implements JourneyEvent {}
