package health.journey.query.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One step of a patient's journey in words. */
@Entity
@Table(name = "patient_timeline_entry")
@IdClass(TimelineEntryEntity.Key.class)
class TimelineEntryEntity {

  @Id UUID patientId;
  @Id long sequence;
  String kind;
  String summary;
  String noteSealed;
  Instant occurredAt;
  Instant recordedAt;
  String actorId;
  String actingRole;

  protected TimelineEntryEntity() {}

  TimelineEntryEntity(UUID patientId, long sequence) {
    this.patientId = patientId;
    this.sequence = sequence;
  }

  /** The composite key, as JPA needs it. */
  static final class Key implements Serializable {
    UUID patientId;
    long sequence;

    Key() {}

    Key(UUID patientId, long sequence) {
      this.patientId = patientId;
      this.sequence = sequence;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(patientId, k.patientId)
          && Objects.equals(sequence, k.sequence);
    }

    @Override
    public int hashCode() {
      return Objects.hash(patientId, sequence);
    }
  }
}
