package health.journey.api.booking;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a booked exam, saying why. */
public record CancelExam(
    @TargetAggregateIdentifier PatientId patientId,
    String bookingId,
    PersonalData reason,
    Instant occurredAt) {
  public CancelExam {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    bookingId = InvalidInput.requireName(bookingId, "bookingId", 64);
    PersonalDataChecks.check(reason, patientId, PersonalDataKind.FREE_TEXT, "reason");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
