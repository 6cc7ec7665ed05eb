package health.journey.api;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Business times ({@code occurredAt}) are kept to the microsecond: PostgreSQL {@code timestamptz}
 * keeps no more, so times compared or hashed between events and tables agree.
 */
public final class BusinessTime {

  private BusinessTime() {}

  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  public static Instant now() {
    return now(Clock.systemUTC());
  }

  /** The given time truncated to microseconds, or now when it is null. */
  public static Instant orNow(Instant time) {
    return time == null ? now() : time.truncatedTo(ChronoUnit.MICROS);
  }
}
