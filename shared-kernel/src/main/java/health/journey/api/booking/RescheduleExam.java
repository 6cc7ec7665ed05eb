package health.journey.api.booking;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a booked exam to another day. */
public record RescheduleExam(
    @TargetAggregateIdentifier PatientId patientId,
    String bookingId,
    LocalDate date,
    Instant occurredAt) {
  public RescheduleExam {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    bookingId = InvalidInput.requireName(bookingId, "bookingId", 64);
    ExamDays.requireBookable(date, "date");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
