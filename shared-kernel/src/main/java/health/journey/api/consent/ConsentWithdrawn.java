package health.journey.api.consent;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient withdrew consent for a purpose; {@code reason} is what they said, if anything. */
@Revision("1")
public record ConsentWithdrawn(
    PatientId patientId,
    ConsentPurpose purpose,
    ConsentChannel channel,
    PersonalData reason,
    Instant occurredAt)
    implements PatientEvent {}
