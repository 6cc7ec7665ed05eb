package health.journey.api.consent;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient gave consent for a purpose, through a channel, under a wording version. */
@Revision("1")
public record ConsentGiven(
    PatientId patientId,
    ConsentPurpose purpose,
    ConsentChannel channel,
    String wordingVersion,
    Instant occurredAt)
    implements PatientEvent {}
