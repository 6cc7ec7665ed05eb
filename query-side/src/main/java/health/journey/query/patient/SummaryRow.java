package health.journey.query.patient;

import health.journey.api.patient.LifecycleStage;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code patient_summary}: a patient's card, sealed identity and birth date, stage and
 * progress. Sex is kept in the clear for aggregates (risk models, cohorts) and set to UNKNOWN when
 * the patient's personal data is erased.
 */
record SummaryRow(
    UUID patientId,
    String cardNumber,
    String tier,
    String channel,
    String nameSealed,
    String phoneSealed,
    String idNumberSealed,
    String sex,
    String birthDateSealed,
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
        birthDateSealed,
        newStage,
        openedAt,
        recordedAt,
        sequence);
  }
}
