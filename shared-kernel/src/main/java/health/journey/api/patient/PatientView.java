package health.journey.api.patient;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient as the read model knows them. Personal data stays sealed until a reader with the right
 * role opens it.
 */
public record PatientView(
    PatientId id,
    String cardNumber,
    CardTier tier,
    EnrolmentChannel channel,
    PersonalData name,
    PersonalData phone,
    PersonalData idNumber,
    Sex sex,
    Sealed<LocalDate> birthDate,
    LifecycleStage stage,
    Instant openedAt,
    Instant updatedAt,
    long version) {}
