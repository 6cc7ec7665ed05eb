package health.journey.query.patient;

import health.journey.api.patient.DrinkingStatus;
import health.journey.api.patient.SmokingStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient's health record as it stands after every update. */
@Entity
@Table(name = "patient_health_record")
class PatientHealthRecordEntity {

  @Id UUID patientId;
  String addressSealed;
  String[] medicalHistory;
  String[] familyHistory;
  String[] allergies;
  String[] medications;

  @Enumerated(EnumType.STRING)
  SmokingStatus smoking;

  Integer cigarettesPerDay;

  @Enumerated(EnumType.STRING)
  DrinkingStatus drinking;

  Integer exerciseMinutesPerWeek;
  BigDecimal sleepHoursPerNight;
  BigDecimal heightCm;
  BigDecimal weightKg;
  BigDecimal waistCm;
  LocalDate measuredOn;
  String notesSealed;
  Instant updatedAt;

  protected PatientHealthRecordEntity() {}

  PatientHealthRecordEntity(UUID patientId) {
    this.patientId = patientId;
  }
}
