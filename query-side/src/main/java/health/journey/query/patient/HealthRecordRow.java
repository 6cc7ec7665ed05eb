package health.journey.query.patient;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code patient_health_record}: a patient's health record as it stands, every part sealed
 * as the event had it (null: never given).
 */
record HealthRecordRow(
    UUID patientId,
    String addressSealed,
    String medicalHistorySealed,
    String familyHistorySealed,
    String allergiesSealed,
    String medicationsSealed,
    String lifestyleSealed,
    String measurementsSealed,
    String notesSealed,
    Instant updatedAt) {

  static HealthRecordRow empty(UUID patientId) {
    return new HealthRecordRow(patientId, null, null, null, null, null, null, null, null, null);
  }
}
