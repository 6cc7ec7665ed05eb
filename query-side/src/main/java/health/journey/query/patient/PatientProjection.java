package health.journey.query.patient;

import static health.journey.query.patient.PatientTables.SUMMARY;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects patients into their summaries: the card, sealed identity, lifecycle stage, and how far
 * each patient's journey goes (every patient event moves it on). Idempotent: each summary remembers
 * the last event sequence it took in, and an event at or below it is ignored.
 */
@Component
@ProcessingGroup(PatientReadModel.PROCESSING_GROUP)
class PatientProjection {

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  PatientProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(CardOpened event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
    PendingWrites writes = PendingWrites.current(jdbc);
    UUID id = event.patientId().value();
    if (writes.row(SUMMARY, id).isPresent()) {
      return;
    }
    writes.put(
        SUMMARY,
        new SummaryRow(
            id,
            event.cardNumber(),
            event.tier().name(),
            event.channel().name(),
            Rows.seal(cipher, event.name()),
            Rows.seal(cipher, event.phone()),
            Rows.seal(cipher, event.idNumber()),
            event.sex().reveal().orElse(Sex.UNKNOWN).name(),
            event.birthDate() == null ? null : event.birthDate().sealedWith(cipher),
            event.stage(),
            event.occurredAt(),
            recordedAt,
            sequence));
  }

  @EventHandler
  void on(
      LifecycleStageChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
    advance(event.patientId(), sequence, recordedAt, event.to());
  }

  /**
   * Any other event of the patient's journey moves the summary on. Only its place in the stream is
   * needed, so its payload is never read.
   */
  @EventHandler(payloadType = PatientEvent.class)
  void on(DomainEventMessage<?> event) {
    advance(
        PatientId.of(event.getAggregateIdentifier()),
        event.getSequenceNumber(),
        event.getTimestamp(),
        null);
  }

  /** Before a replay: the read model is emptied, to be rebuilt from the first event. */
  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE patient_summary");
  }

  /**
   * Moves the patient on to {@code sequence}, unless the event was projected before. Fails (and the
   * event goes to the dead-letter queue) when the patient's card opening was never seen.
   */
  private void advance(
      PatientId patient, long sequence, Instant recordedAt, LifecycleStage newStage) {
    PendingWrites writes = PendingWrites.current(jdbc);
    SummaryRow summary =
        writes
            .row(SUMMARY, patient.value())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Patient "
                            + patient
                            + " has no summary: the card-opening event was not projected before"
                            + " event "
                            + sequence));
    if (summary.lastSequence() >= sequence) {
      return;
    }
    writes.put(
        SUMMARY,
        summary.advancedTo(sequence, recordedAt, newStage == null ? summary.stage() : newStage));
  }
}
