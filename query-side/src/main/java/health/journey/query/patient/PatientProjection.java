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
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects every patient event into the patient read model: summary, consents, tags, health record
 * and timeline. Idempotent: each patient's summary remembers the last event sequence it took in,
 * and an event at or below it is ignored, so a batch delivered twice changes nothing. Changes are
 * collected per batch of events and written when the batch commits, together with the processor's
 * token. Every handler first checks that the read model can store what the event carries, so that
 * an event it cannot store goes to the dead-letter queue instead of failing the whole batch.
 */
@Component
@ProcessingGroup(PatientProjection.GROUP)
class PatientProjection {

  static final String GROUP = "patient-projection";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  PatientProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(
      CardOpened event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    Storable.check(event, recordedAt, metaData);
    ReadModelBatch batch = ReadModelBatch.current(jdbc);
    UUID id = event.patientId().value();
    if (batch.patient(id) != null) {
      return;
    }
    batch.open(
        new ReadModelBatch.NewSummary(
            id,
            event.cardNumber(),
            event.tier().name(),
            event.channel().name(),
            seal(event.name()),
            seal(event.phone()),
            seal(event.idNumber()),
            event.sex().name(),
            event.birthDate(),
            event.occurredAt()),
        sequence,
        recordedAt,
        event.stage());
    addToTimeline(batch, event, sequence, recordedAt, metaData);
  }

  @EventHandler
  void on(
      ConsentGiven event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    Storable.check(event, recordedAt, metaData);
    ReadModelBatch batch = ReadModelBatch.current(jdbc);
    if (advance(batch, event, sequence, recordedAt, metaData) != null) {
      batch.consent(
          event.patientId().value(),
          event.purpose(),
          new ReadModelBatch.Consent(
              ConsentStatus.GIVEN,
              event.channel(),
              event.wordingVersion(),
              event.occurredAt(),
              null));
    }
  }

  @EventHandler
  void on(
      ConsentWithdrawn event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    Storable.check(event, recordedAt, metaData);
    ReadModelBatch batch = ReadModelBatch.current(jdbc);
    if (advance(batch, event, sequence, recordedAt, metaData) != null) {
      batch.consent(
          event.patientId().value(),
          event.purpose(),
          new ReadModelBatch.Consent(
              ConsentStatus.WITHDRAWN,
              event.channel(),
              null,
              event.occurredAt(),
              seal(event.reason())));
    }
  }

  @EventHandler
  void on(
      HealthRecordUpdated event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    Storable.check(event, recordedAt, metaData);
    ReadModelBatch batch = ReadModelBatch.current(jdbc);
    if (advance(batch, event, sequence, recordedAt, metaData) == null) {
      return;
    }
    Lifestyle lifestyle = event.lifestyle();
    BodyMeasurements measurements = event.measurements();
    batch.healthRecord(
        new ReadModelBatch.HealthRecordChange(
            event.patientId().value(),
            event.address() != null,
            seal(event.address()),
            array(event.medicalHistory()),
            array(event.familyHistory()),
            array(event.allergies()),
            array(event.medications()),
            lifestyle != null,
            lifestyle == null || lifestyle.smoking() == null ? null : lifestyle.smoking().name(),
            lifestyle == null ? null : lifestyle.cigarettesPerDay(),
            lifestyle == null || lifestyle.drinking() == null ? null : lifestyle.drinking().name(),
            lifestyle == null ? null : lifestyle.exerciseMinutesPerWeek(),
            lifestyle == null ? null : lifestyle.sleepHoursPerNight(),
            measurements != null,
            measurements == null ? null : measurements.heightCm(),
            measurements == null ? null : measurements.weightKg(),
            measurements == null ? null : measurements.waistCm(),
            measurements == null ? null : measurements.measuredOn(),
            event.notes() != null,
            seal(event.notes()),
            recordedAt));
  }

  @EventHandler
  void on(
      LifecycleStageChanged event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    Storable.check(event, recordedAt, metaData);
    ReadModelBatch.Patient patient =
        advance(ReadModelBatch.current(jdbc), event, sequence, recordedAt, metaData);
    if (patient != null) {
      patient.stage = event.to();
    }
  }

  @EventHandler
  void on(
      TagApplied event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    Storable.check(event, recordedAt, metaData);
    ReadModelBatch batch = ReadModelBatch.current(jdbc);
    if (advance(batch, event, sequence, recordedAt, metaData) != null) {
      batch.tag(
          event.patientId().value(),
          event.tag(),
          new ReadModelBatch.Tag(
              event.occurredAt(),
              text(metaData, MetaDataKeys.ACTOR_ID),
              text(metaData, MetaDataKeys.ACTING_ROLE),
              seal(event.reason())));
    }
  }

  @EventHandler
  void on(
      TagRemoved event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    Storable.check(event, recordedAt, metaData);
    ReadModelBatch batch = ReadModelBatch.current(jdbc);
    if (advance(batch, event, sequence, recordedAt, metaData) != null) {
      batch.untag(event.patientId().value(), event.tag());
    }
  }

  /** Before a replay: the read model is emptied, to be rebuilt from the first event. */
  @ResetHandler
  void reset() {
    jdbc.execute(
        "TRUNCATE patient_summary, patient_tag, patient_consent, patient_health_record,"
            + " patient_timeline_entry");
  }

  /**
   * Moves the patient on to {@code sequence} and adds the timeline entry; returns null when the
   * event was projected before. Fails (and the event goes to the dead-letter queue) when the
   * patient's card opening was never seen.
   */
  private ReadModelBatch.Patient advance(
      ReadModelBatch batch,
      PatientEvent event,
      long sequence,
      Instant recordedAt,
      MetaData metaData) {
    ReadModelBatch.Patient patient = batch.patient(event.patientId().value());
    if (patient == null) {
      throw new IllegalStateException(
          "Patient "
              + event.patientId()
              + " has no summary: the card-opening event was not projected before event "
              + sequence);
    }
    if (patient.lastSequence >= sequence) {
      return null;
    }
    patient.lastSequence = sequence;
    patient.updatedAt = recordedAt;
    patient.changed = true;
    addToTimeline(batch, event, sequence, recordedAt, metaData);
    return patient;
  }

  private void addToTimeline(
      ReadModelBatch batch,
      PatientEvent event,
      long sequence,
      Instant recordedAt,
      MetaData metaData) {
    TimelineNarrator.Narration narration = TimelineNarrator.narrate(event);
    batch.timeline(
        new ReadModelBatch.TimelineEntry(
            event.patientId().value(),
            sequence,
            narration.kind(),
            narration.summary(),
            seal(narration.note()),
            event.occurredAt(),
            recordedAt,
            text(metaData, MetaDataKeys.ACTOR_ID),
            text(metaData, MetaDataKeys.ACTING_ROLE)));
  }

  private String seal(PersonalData value) {
    return value == null ? null : value.sealedWith(cipher);
  }

  private static String[] array(List<String> values) {
    return values == null ? null : values.toArray(String[]::new);
  }

  private static String text(MetaData metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }
}
