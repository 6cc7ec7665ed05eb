package health.journey.api.tagging;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A tag was removed from a patient, for the reason given. */
@Revision("1")
public record TagRemoved(PatientId patientId, String tag, PersonalData reason, Instant occurredAt)
    implements PatientEvent {}
