package health.journey.api.booking;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record whether the patient came to a booked exam (attended or no-show). */
public record RecordExamAttendance(
    @TargetAggregateIdentifier PatientId patientId,
    String bookingId,
    boolean attended,
    Instant occurredAt) {
  public RecordExamAttendance {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    bookingId = InvalidInput.requireName(bookingId, "bookingId", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
