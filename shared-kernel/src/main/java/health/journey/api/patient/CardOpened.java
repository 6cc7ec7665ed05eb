package health.journey.api.patient;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A person was enrolled and got their member card. */
@Revision("1")
public record CardOpened(
    PatientId patientId,
    String cardNumber,
    CardTier tier,
    EnrolmentChannel channel,
    PersonalData name,
    PersonalData phone,
    PersonalData idNumber,
    Sex sex,
    LocalDate birthDate,
    LifecycleStage stage,
    Instant occurredAt)
    implements PatientEvent {}
