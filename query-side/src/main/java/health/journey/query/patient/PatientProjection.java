package health.journey.query.patient;

import health.journey.api.MetaDataKeys;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentStatus;
import health.journey.api.consent.ConsentWithdrawn;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.PatientEvent;
import health.journey.api.patient.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Projects every patient event into the patient read model: summary, consents, tags, health record
 * and timeline. Idempotent: each patient's summary remembers the last event sequence it took in,
 * and an event at or below it is ignored, so a batch delivered twice changes nothing.
 */
@Component
@ProcessingGroup(PatientProjection.GROUP)
class PatientProjection {

  static final String GROUP = "patient-projection";

  private final EntityManager entityManager;
  private final PersonalDataCipher cipher;

  PatientProjection(EntityManager entityManager, PersonalDataCipher cipher) {
    this.entityManager = entityManager;
    this.cipher = cipher;
  }

  @EventHandler
  void on(
      CardOpened event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    UUID id = event.patientId().value();
    if (entityManager.find(PatientSummaryEntity.class, id) != null) {
      return;
    }
    PatientSummaryEntity summary = new PatientSummaryEntity(id);
    summary.cardNumber = event.cardNumber();
    summary.tier = event.tier();
    summary.channel = event.channel();
    summary.nameSealed = seal(event.name());
    summary.phoneSealed = seal(event.phone());
    summary.idNumberSealed = seal(event.idNumber());
    summary.sex = event.sex();
    summary.birthDate = event.birthDate();
    summary.stage = event.stage();
    summary.openedAt = event.occurredAt();
    summary.updatedAt = recordedAt;
    summary.lastSequence = sequence;
    entityManager.persist(summary);
    addToTimeline(event, sequence, recordedAt, metaData);
  }

  @EventHandler
  void on(
      ConsentGiven event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    if (advance(event, sequence, recordedAt, metaData) == null) {
      return;
    }
    PatientConsentEntity consent = consent(event.patientId(), event.purpose());
    consent.status = ConsentStatus.GIVEN;
    consent.channel = event.channel();
    consent.wordingVersion = event.wordingVersion();
    consent.changedAt = event.occurredAt();
    consent.withdrawalReasonSealed = null;
    persistIfNew(consent);
  }

  @EventHandler
  void on(
      ConsentWithdrawn event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    if (advance(event, sequence, recordedAt, metaData) == null) {
      return;
    }
    PatientConsentEntity consent = consent(event.patientId(), event.purpose());
    consent.status = ConsentStatus.WITHDRAWN;
    consent.channel = event.channel();
    consent.changedAt = event.occurredAt();
    consent.withdrawalReasonSealed = seal(event.reason());
    persistIfNew(consent);
  }

  @EventHandler
  void on(
      HealthRecordUpdated event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    if (advance(event, sequence, recordedAt, metaData) == null) {
      return;
    }
    UUID id = event.patientId().value();
    PatientHealthRecordEntity record = entityManager.find(PatientHealthRecordEntity.class, id);
    if (record == null) {
      record = new PatientHealthRecordEntity(id);
    }
    if (event.address() != null) {
      record.addressSealed = seal(event.address());
    }
    if (event.medicalHistory() != null) {
      record.medicalHistory = array(event.medicalHistory());
    }
    if (event.familyHistory() != null) {
      record.familyHistory = array(event.familyHistory());
    }
    if (event.allergies() != null) {
      record.allergies = array(event.allergies());
    }
    if (event.medications() != null) {
      record.medications = array(event.medications());
    }
    Lifestyle lifestyle = event.lifestyle();
    if (lifestyle != null) {
      record.smoking = lifestyle.smoking();
      record.cigarettesPerDay = lifestyle.cigarettesPerDay();
      record.drinking = lifestyle.drinking();
      record.exerciseMinutesPerWeek = lifestyle.exerciseMinutesPerWeek();
      record.sleepHoursPerNight = lifestyle.sleepHoursPerNight();
    }
    BodyMeasurements measurements = event.measurements();
    if (measurements != null) {
      record.heightCm = measurements.heightCm();
      record.weightKg = measurements.weightKg();
      record.waistCm = measurements.waistCm();
      record.measuredOn = measurements.measuredOn();
    }
    if (event.notes() != null) {
      record.notesSealed = seal(event.notes());
    }
    record.updatedAt = recordedAt;
    persistIfNew(record);
  }

  @EventHandler
  void on(
      LifecycleStageChanged event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    PatientSummaryEntity summary = advance(event, sequence, recordedAt, metaData);
    if (summary != null) {
      summary.stage = event.to();
    }
  }

  @EventHandler
  void on(
      TagApplied event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    if (advance(event, sequence, recordedAt, metaData) == null) {
      return;
    }
    UUID id = event.patientId().value();
    PatientTagEntity tag =
        entityManager.find(PatientTagEntity.class, new PatientTagEntity.Key(id, event.tag()));
    if (tag == null) {
      tag = new PatientTagEntity(id, event.tag());
    }
    tag.appliedAt = event.occurredAt();
    tag.appliedBy = text(metaData, MetaDataKeys.ACTOR_ID);
    tag.appliedByRole = text(metaData, MetaDataKeys.ACTING_ROLE);
    tag.reasonSealed = seal(event.reason());
    persistIfNew(tag);
  }

  @EventHandler
  void on(
      TagRemoved event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    if (advance(event, sequence, recordedAt, metaData) == null) {
      return;
    }
    PatientTagEntity tag =
        entityManager.find(
            PatientTagEntity.class,
            new PatientTagEntity.Key(event.patientId().value(), event.tag()));
    if (tag != null) {
      entityManager.remove(tag);
    }
  }

  /** Before a replay: the read model is emptied, to be rebuilt from the first event. */
  @ResetHandler
  void reset() {
    entityManager
        .createNativeQuery(
            "TRUNCATE patient_summary, patient_tag, patient_consent, patient_health_record,"
                + " patient_timeline_entry")
        .executeUpdate();
  }

  /**
   * Moves the patient's summary on to {@code sequence} and adds the timeline entry; returns null
   * when the event was projected before.
   */
  private PatientSummaryEntity advance(
      PatientEvent event, long sequence, Instant recordedAt, MetaData metaData) {
    PatientSummaryEntity summary =
        entityManager.find(PatientSummaryEntity.class, event.patientId().value());
    if (summary == null) {
      throw new IllegalStateException(
          "Patient "
              + event.patientId()
              + " has no summary: the card-opening event was not projected before event "
              + sequence);
    }
    if (summary.lastSequence >= sequence) {
      return null;
    }
    summary.lastSequence = sequence;
    summary.updatedAt = recordedAt;
    addToTimeline(event, sequence, recordedAt, metaData);
    return summary;
  }

  private PatientConsentEntity consent(
      PatientId patientId, health.journey.api.consent.ConsentPurpose purpose) {
    PatientConsentEntity.Key key = new PatientConsentEntity.Key(patientId.value(), purpose);
    PatientConsentEntity consent = entityManager.find(PatientConsentEntity.class, key);
    return consent != null ? consent : new PatientConsentEntity(patientId.value(), purpose);
  }

  private void addToTimeline(
      PatientEvent event, long sequence, Instant recordedAt, MetaData metaData) {
    TimelineNarrator.Narration narration = TimelineNarrator.narrate(event);
    TimelineEntryEntity entry = new TimelineEntryEntity(event.patientId().value(), sequence);
    entry.kind = narration.kind();
    entry.summary = narration.summary();
    entry.noteSealed = seal(narration.note());
    entry.occurredAt = event.occurredAt();
    entry.recordedAt = recordedAt;
    entry.actorId = text(metaData, MetaDataKeys.ACTOR_ID);
    entry.actingRole = text(metaData, MetaDataKeys.ACTING_ROLE);
    entityManager.persist(entry);
  }

  /**
   * Persists an entity only once its fields are set: Hibernate inserts the state it has at persist
   * time.
   */
  private void persistIfNew(Object entity) {
    if (!entityManager.contains(entity)) {
      entityManager.persist(entity);
    }
  }

  private String seal(PersonalData value) {
    return value == null ? null : value.sealedWith(cipher);
  }

  private static String[] array(List<String> values) {
    return values.toArray(String[]::new);
  }

  private static String text(MetaData metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }
}
