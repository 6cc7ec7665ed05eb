package health.journey.api.advice;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Advice was withdrawn: by a person (with a reason), or by the item's rule when the patient no
 * longer has a tag it is given for, or the item was retired (reason null).
 */
@Revision("1")
public record AdviceWithdrawn(
    PatientId patientId, String itemCode, int itemVersion, PersonalData reason, Instant occurredAt)
    implements PatientEvent {}
