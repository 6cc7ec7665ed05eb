package health.journey.api.booking;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An exam package was booked for the patient on a day. */
@Revision("1")
public record ExamBooked(
    PatientId patientId, String bookingId, String packageCode, LocalDate date, Instant occurredAt)
    implements PatientEvent {}
