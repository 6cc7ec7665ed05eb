package health.journey.api.advice;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An advice item was defined, or changed: this is its new version, which never changes. */
@Revision("1")
public record AdviceItemDefined(
    String itemId, String code, int version, AdviceItemDefinition definition, Instant occurredAt)
    implements JourneyEvent {}
