package health.journey.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Business times ({@code occurredAt}) are kept to the microsecond: PostgreSQL {@code timestamptz}
 * keeps no more, so times compared or hashed between events and tables agree. Times and dates that
 * clients give are held to the plausible range: from 1900 (which also keeps them within what
 * PostgreSQL can store, so no event can hold up a projection) up to now.
 */
public final class BusinessTime {

  /**
   * The one clock of the system, set once at start (a test may set one it can move): commands built
   * by a person, a saga or a rule all take "now" from it.
   */
  private static volatile Clock clock = Clock.systemUTC();

  private BusinessTime() {}

  /** Makes {@code clock} the clock every business time and date is taken from. */
  public static void useClock(Clock clock) {
    BusinessTime.clock = clock;
  }

  public static Clock clock() {
    return clock;
  }

  public static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  public static Instant now() {
    return now(clock);
  }

  /** Today's date in China, where the centres are. */
  public static LocalDate today() {
    return LocalDate.now(clock.withZone(CHINA));
  }

  private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

  /**
   * The zone of business days, and of times that other systems send without an offset (a date of an
   * exam, a local time in a report).
   */
  public static java.time.ZoneId zone() {
    return CHINA;
  }

  /** The earliest business time and date a client may give. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  private static final Instant EARLIEST = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();

  /** How far a client's clock may run ahead of ours. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * The given time truncated to microseconds, or now when it is null.
   *
   * @throws InvalidInput when it lies before 1900 or in the future
   */
  public static Instant orNow(Instant time) {
    if (time == null) {
      return now();
    }
    InvalidInput.require(
        !time.isBefore(EARLIEST), "occurredAt", "occurredAt must be on or after 1900-01-01");
    InvalidInput.require(
        !time.isAfter(now().plus(CLOCK_SKEW)), "occurredAt", "occurredAt cannot be in the future");
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Requires a date that has already begun somewhere on Earth (a client ahead of us in time may
   * already be on it) and is not before 1900.
   *
   * @throws InvalidInput for {@code field} when it is not
   */
  public static LocalDate pastDate(LocalDate date, String field) {
    if (date != null) {
      InvalidInput.require(
          !date.isBefore(EARLIEST_DATE), field, field + " must be on or after 1900-01-01");
      InvalidInput.require(
          !date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.MAX))),
          field,
          field + " cannot be in the future");
    }
    return date;
  }
}
