package health.journey.api.rules;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A tagging rule was retired: it applies no new tags. */
@Revision("1")
public record TaggingRuleRetired(String ruleId, String code, int version, Instant occurredAt)
    implements JourneyEvent {}
