package health.journey.query.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A tag a patient has, with who set it and why. */
@Entity
@Table(name = "patient_tag")
@IdClass(PatientTagEntity.Key.class)
class PatientTagEntity {

  @Id UUID patientId;
  @Id String tag;
  Instant appliedAt;
  String appliedBy;
  String appliedByRole;
  String reasonSealed;

  protected PatientTagEntity() {}

  PatientTagEntity(UUID patientId, String tag) {
    this.patientId = patientId;
    this.tag = tag;
  }

  /** The composite key, as JPA needs it. */
  static final class Key implements Serializable {
    UUID patientId;
    String tag;

    Key() {}

    Key(UUID patientId, String tag) {
      this.patientId = patientId;
      this.tag = tag;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(patientId, k.patientId)
          && Objects.equals(tag, k.tag);
    }

    @Override
    public int hashCode() {
      return Objects.hash(patientId, tag);
    }
  }
}
