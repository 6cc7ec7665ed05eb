package health.journey.api.booking;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient came to a booked exam. */
@Revision("1")
public record ExamAttended(PatientId patientId, String bookingId, Instant occurredAt)
    implements PatientEvent {}
