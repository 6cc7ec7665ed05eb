package health.journey.api.booking;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A booked exam was cancelled, for the reason given. */
@Revision("1")
public record ExamCancelled(
    PatientId patientId, String bookingId, PersonalData reason, Instant occurredAt)
    implements PatientEvent {}
