package health.journey.query.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A row of {@code patient_health_record}: a patient's health record as it stands. */
record HealthRecordRow(
    UUID patientId,
    String addressSealed,
    List<String> medicalHistory,
    List<String> familyHistory,
    List<String> allergies,
    List<String> medications,
    String smoking,
    Integer cigarettesPerDay,
    String drinking,
    Integer exerciseMinutesPerWeek,
    BigDecimal sleepHoursPerNight,
    BigDecimal heightCm,
    BigDecimal weightKg,
    BigDecimal waistCm,
    LocalDate measuredOn,
    String notesSealed,
    Instant updatedAt) {

  static HealthRecordRow empty(UUID patientId) {
    return new HealthRecordRow(
        patientId, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }
}
