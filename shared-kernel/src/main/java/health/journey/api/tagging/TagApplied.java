package health.journey.api.tagging;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A tag was applied to a patient, for the reason given; the actor in the metadata is who set it.
 */
@Revision("1")
public record TagApplied(PatientId patientId, String tag, PersonalData reason, Instant occurredAt)
    implements PatientEvent {}
