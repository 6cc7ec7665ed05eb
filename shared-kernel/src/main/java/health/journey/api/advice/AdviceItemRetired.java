package health.journey.api.advice;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An advice item was retired: it is given no more. */
@Revision("1")
public record AdviceItemRetired(String itemId, String code, int version, Instant occurredAt)
    implements JourneyEvent {}
