package health.journey.query.patient;

import health.journey.api.patient.LifecycleStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code patient_summary}: a patient's card, sealed identity, stage and progress. */
record SummaryRow(
    UUID patientId,
    String cardNumber,
    String tier,
    String channel,
    String nameSealed,
    String phoneSealed,
    String idNumberSealed,
    String sex,
    LocalDate birthDate,
    LifecycleStage stage,
    Instant openedAt,
    Instant updatedAt,
    long lastSequence) {

  /** The summary moved on to event {@code sequence}, recorded at {@code recordedAt}. */
  SummaryRow advancedTo(long sequence, Instant recordedAt, LifecycleStage newStage) {
    return new SummaryRow(
        patientId,
        cardNumber,
        tier,
        channel,
        nameSealed,
        phoneSealed,
        idNumberSealed,
        sex,
        birthDate,
        newStage,
        openedAt,
        recordedAt,
        sequence);
  }
}
