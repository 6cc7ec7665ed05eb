package health.journey.query.patient;

import health.journey.api.patient.CardTier;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Sex;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row per patient: card, sealed identity, lifecycle stage, and the last event projected. */
@Entity
@Table(name = "patient_summary")
class PatientSummaryEntity {

  @Id UUID patientId;
  String cardNumber;

  @Enumerated(EnumType.STRING)
  CardTier tier;

  @Enumerated(EnumType.STRING)
  EnrolmentChannel channel;

  String nameSealed;
  String phoneSealed;
  String idNumberSealed;

  @Enumerated(EnumType.STRING)
  Sex sex;

  LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  LifecycleStage stage;

  Instant openedAt;
  Instant updatedAt;

  /**
   * The sequence number of the patient's last projected event: events at or below it were seen
   * before.
   */
  long lastSequence;

  protected PatientSummaryEntity() {}

  PatientSummaryEntity(UUID patientId) {
    this.patientId = patientId;
  }
}
