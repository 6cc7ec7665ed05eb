package health.journey.api.booking;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A booked exam was moved to another day. */
@Revision("1")
public record ExamRescheduled(
    PatientId patientId, String bookingId, LocalDate from, LocalDate to, Instant occurredAt)
    implements PatientEvent {}
