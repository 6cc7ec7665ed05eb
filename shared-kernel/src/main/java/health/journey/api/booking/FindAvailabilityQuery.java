package health.journey.api.booking;

import java.time.LocalDate;
import java.util.List;

/**
 * How many places an exam package has left on each day of a period; answered with {@link
 * Availability}.
 */
public record FindAvailabilityQuery(String packageCode, LocalDate from, LocalDate to) {

  /** Places left per day. */
  public record Availability(List<Day> days) {}

  /** A day with its capacity and the places booked. */
  public record Day(LocalDate date, int capacity, int booked) {}
}
