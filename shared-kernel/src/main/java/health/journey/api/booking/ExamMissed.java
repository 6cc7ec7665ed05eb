package health.journey.api.booking;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient did not come to a booked exam (no-show). */
@Revision("1")
public record ExamMissed(PatientId patientId, String bookingId, Instant occurredAt)
    implements PatientEvent {}
