package health.journey.query.timeline;

import static health.journey.query.common.Column.bigint;
import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.MetaDataKeys;
import health.journey.api.PatientEvent;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Projects every event of a patient's journey into the timeline, told by the narrator of the
 * event's feature. An entry is a fact that never changes: one delivered twice is stored once.
 */
@Component
@ProcessingGroup(TimelineReadModel.PROCESSING_GROUP)
class TimelineProjection {

  static final RowMapper<TimelineRow> READER =
      (rs, n) ->
          new TimelineRow(
              Rows.uuid(rs, "patient_id"),
              rs.getLong("sequence"),
              rs.getString("kind"),
              rs.getString("summary"),
              rs.getString("detail_sealed"),
              rs.getString("note_sealed"),
              Rows.instant(rs, "occurred_at"),
              Rows.instant(rs, "recorded_at"),
              rs.getString("actor_id"),
              rs.getString("acting_role"));

  static final Table<TimelineRow> ENTRIES =
      Table.of(
          "patient_timeline_entry",
          List.of(
              uuid("patient_id", TimelineRow::patientId),
              bigint("sequence", TimelineRow::sequence)),
          List.of(
              text("kind", "kind", 64, TimelineRow::kind).required(),
              text("summary", "summary", 500, TimelineRow::summary).required(),
              text("detail_sealed", "detail", 0, TimelineRow::detailSealed),
              text("note_sealed", "note", 0, TimelineRow::noteSealed),
              timestamp("occurred_at", "occurredAt", TimelineRow::occurredAt).required(),
              timestamp("recorded_at", "timestamp", TimelineRow::recordedAt).required(),
              text("actor_id", "actor", 200, TimelineRow::actorId),
              text("acting_role", "acting role", 64, TimelineRow::actingRole)),
          READER,
          Table.OnConflict.KEEP);

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final List<Narrator> narrators;

  TimelineProjection(JdbcTemplate jdbc, PersonalDataCipher cipher, List<Narrator> narrators) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.narrators = List.copyOf(narrators);
  }

  @EventHandler
  void on(
      PatientEvent event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      MetaData metaData) {
    PendingWrites.current(jdbc).append(ENTRIES, row(event, sequence, recordedAt, metaData));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE patient_timeline_entry");
  }

  TimelineRow row(PatientEvent event, long sequence, Instant recordedAt, MetaData metaData) {
    Narration narration = narrate(event);
    return new TimelineRow(
        event.patientId().value(),
        sequence,
        narration.kind(),
        narration.summary(),
        narration.detail() == null
            ? null
            : Rows.seal(
                cipher,
                PersonalData.derived(
                    event.patientId().toString(),
                    PersonalDataKind.HEALTH,
                    narration.detail(),
                    "timeline:" + sequence + ":detail")),
        Rows.seal(cipher, narration.note()),
        event.occurredAt(),
        recordedAt,
        Rows.text(metaData, MetaDataKeys.ACTOR_ID),
        Rows.text(metaData, MetaDataKeys.ACTING_ROLE));
  }

  /** The narration of the event's feature; an event no feature tells is named by its type. */
  private Narration narrate(PatientEvent event) {
    for (Narrator narrator : narrators) {
      Narration narration = narrator.narrate(event);
      if (narration != null) {
        return narration;
      }
    }
    return new Narration(
        "OTHER", event.getClass().getSimpleName().replaceAll("(?<=.)([A-Z])", " $1"));
  }
}
