package health.journey.query.timeline;

import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.timeline.FindTimelineQuery;
import health.journey.api.timeline.TimelineEntryView;
import health.journey.api.timeline.TimelinePage;
import health.journey.query.common.Rows;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the queries on patients' timelines, one SQL statement per query. */
@Component
class TimelineQueries {

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  TimelineQueries(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @QueryHandler
  TimelinePage handle(FindTimelineQuery query) {
    List<TimelineEntryView> entries =
        jdbc
            .sql(
                "SELECT patient_id, sequence, kind, summary, detail_sealed, note_sealed,"
                    + " occurred_at, recorded_at, actor_id, acting_role FROM patient_timeline_entry"
                    + " WHERE patient_id = ? AND sequence > ? ORDER BY sequence LIMIT ?")
            .param(query.patientId().value())
            .param(query.afterSequence() == null ? -1L : query.afterSequence())
            .param(query.limit() + 1)
            .query(TimelineProjection.READER)
            .list()
            .stream()
            .map(this::view)
            .toList();
    boolean hasMore = entries.size() > query.limit();
    return new TimelinePage(hasMore ? entries.subList(0, query.limit()) : entries, hasMore);
  }

  private TimelineEntryView view(TimelineRow row) {
    return new TimelineEntryView(
        row.sequence(),
        row.kind(),
        row.summary(),
        Rows.sealed(cipher, row.patientId(), PersonalDataKind.HEALTH, row.detailSealed()),
        Rows.sealed(cipher, row.patientId(), PersonalDataKind.FREE_TEXT, row.noteSealed()),
        row.occurredAt(),
        row.recordedAt(),
        row.actorId(),
        row.actingRole());
  }
}
