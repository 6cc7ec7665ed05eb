package health.journey.query.patient;

import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The latest state of a patient's consent for one purpose. */
@Entity
@Table(name = "patient_consent")
@IdClass(PatientConsentEntity.Key.class)
class PatientConsentEntity {

  @Id UUID patientId;

  @Id
  @Enumerated(EnumType.STRING)
  ConsentPurpose purpose;

  @Enumerated(EnumType.STRING)
  ConsentStatus status;

  @Enumerated(EnumType.STRING)
  ConsentChannel channel;

  String wordingVersion;
  Instant changedAt;
  String withdrawalReasonSealed;

  protected PatientConsentEntity() {}

  PatientConsentEntity(UUID patientId, ConsentPurpose purpose) {
    this.patientId = patientId;
    this.purpose = purpose;
  }

  /** The composite key, as JPA needs it. */
  static final class Key implements Serializable {
    UUID patientId;
    ConsentPurpose purpose;

    Key() {}

    Key(UUID patientId, ConsentPurpose purpose) {
      this.patientId = patientId;
      this.purpose = purpose;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(patientId, k.patientId)
          && Objects.equals(purpose, k.purpose);
    }

    @Override
    public int hashCode() {
      return Objects.hash(patientId, purpose);
    }
  }
}
