package health.journey.api.booking;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Book an exam package for a patient on a day (体检预约). */
public record BookExam(
    @TargetAggregateIdentifier PatientId patientId,
    String bookingId,
    String packageCode,
    LocalDate date,
    Instant occurredAt) {

  public BookExam {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    bookingId =
        bookingId == null
            ? UUID.randomUUID().toString()
            : InvalidInput.requireName(bookingId, "bookingId", 64);
    packageCode = InvalidInput.requireName(packageCode, "packageCode", 64);
    ExamDays.requireBookable(date, "date");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
