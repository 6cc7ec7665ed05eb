package health.journey.api.patient;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A person was enrolled and got their member card. Identity, birth date and sex are sealed with the
 * patient's key (revision 1 held birth date and sex in the clear; {@link PatientUpcasters} reads
 * it).
 */
@Revision("2")
public record CardOpened(
    PatientId patientId,
    String cardNumber,
    CardTier tier,
    EnrolmentChannel channel,
    PersonalData name,
    PersonalData phone,
    PersonalData idNumber,
    Sealed<Sex> sex,
    Sealed<LocalDate> birthDate,
    LifecycleStage stage,
    Instant occurredAt)
    implements PatientEvent {}
