package health.journey.api.patient;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A patient moved from one lifecycle stage to another, for the reason given. */
@Revision("1")
public record LifecycleStageChanged(
    PatientId patientId,
    LifecycleStage from,
    LifecycleStage to,
    PersonalData reason,
    Instant occurredAt)
    implements PatientEvent {}
