package health.journey.api;

import java.time.Instant;

/**
 * A business fact the system records: every event type implements it, so the rules for events
 * (immutable records, a {@code @Revision} from the first version, a golden file per revision) apply
 * to all of them.
 */
public interface JourneyEvent {

  /** When it happened in the world (which may be before it was recorded). */
  Instant occurredAt();
}
