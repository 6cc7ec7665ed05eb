package health.journey.api.booking;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.LocalDate;

/** The days an exam can be booked for: from today (in China) up to a year ahead. */
public final class ExamDays {

  private ExamDays() {}

  public static void requireBookable(LocalDate date, String field) {
    InvalidInput.require(date != null, field, field + " is required");
    LocalDate today = BusinessTime.today();
    InvalidInput.require(!date.isBefore(today), field, field + " cannot be in the past");
    InvalidInput.require(
        !date.isAfter(today.plusYears(1)), field, field + " can be at most a year ahead");
  }
}
