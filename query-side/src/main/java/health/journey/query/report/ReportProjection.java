package health.journey.query.report;

import static health.journey.query.common.Column.integer;
import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportConflicted;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportReadModel;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Projects each patient's exam reports: sender, status, how many results, conflicts waiting. */
@Component
@ProcessingGroup(ReportReadModel.PROCESSING_GROUP)
class ReportProjection {

  static final RowMapper<ReportRow> READER =
      (rs, n) ->
          new ReportRow(
              Rows.uuid(rs, "patient_id"),
              rs.getString("report_id"),
              rs.getString("source_system"),
              rs.getString("identifier"),
              rs.getString("status"),
              rs.getString("title_sealed"),
              Rows.instant(rs, "issued_at"),
              rs.getString("booking_id"),
              rs.getInt("value_count"),
              rs.getInt("conflicts"),
              Rows.instant(rs, "recorded_at"));

  static final Table<ReportRow> REPORTS =
      Table.of(
          "exam_report",
          List.of(
              uuid("patient_id", ReportRow::patientId),
              text("report_id", "reportId", 64, ReportRow::reportId).required()),
          List.of(
              text("source_system", "sourceSystem", 256, ReportRow::sourceSystem).required(),
              text("identifier", "identifier", 128, ReportRow::identifier).required(),
              text("status", "status", 16, ReportRow::status).required(),
              text("title_sealed", "title", 0, ReportRow::titleSealed),
              timestamp("issued_at", "issuedAt", ReportRow::issuedAt),
              text("booking_id", "bookingId", 64, ReportRow::bookingId),
              integer("value_count", ReportRow::valueCount),
              integer("conflicts", ReportRow::conflicts),
              timestamp("recorded_at", "timestamp", ReportRow::recordedAt).required()),
          READER,
          Table.OnConflict.REPLACE);

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  ReportProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(ExamReportRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
    ReportContent content = event.content().reveal().orElse(null);
    PendingWrites.current(jdbc)
        .put(
            REPORTS,
            new ReportRow(
                event.patientId().value(),
                event.reportId(),
                event.sourceSystem(),
                event.identifier(),
                event.status().name(),
                title(event.patientId().toString(), content, "report:" + sequence),
                event.issuedAt(),
                event.bookingId(),
                content == null ? 0 : content.values().size(),
                0,
                recordedAt));
  }

  @EventHandler
  void on(ExamReportAmended event, @SequenceNumber long sequence) {
    PendingWrites writes = PendingWrites.current(jdbc);
    ReportRow before = row(writes, event.patientId().value(), event.reportId());
    if (before == null) {
      return;
    }
    ReportContent content = event.content().reveal().orElse(null);
    writes.put(
        REPORTS,
        new ReportRow(
            before.patientId(),
            before.reportId(),
            before.sourceSystem(),
            before.identifier(),
            event.status().name(),
            title(event.patientId().toString(), content, "report:" + sequence),
            event.issuedAt(),
            before.bookingId(),
            content == null ? before.valueCount() : content.values().size(),
            before.conflicts(),
            before.recordedAt()));
  }

  @EventHandler
  void on(ExamReportConflicted event) {
    PendingWrites writes = PendingWrites.current(jdbc);
    ReportRow before = row(writes, event.patientId().value(), event.reportId());
    if (before == null) {
      return;
    }
    writes.put(
        REPORTS,
        new ReportRow(
            before.patientId(),
            before.reportId(),
            before.sourceSystem(),
            before.identifier(),
            before.status(),
            before.titleSealed(),
            before.issuedAt(),
            before.bookingId(),
            before.valueCount(),
            before.conflicts() + 1,
            before.recordedAt()));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE exam_report");
  }

  private static ReportRow row(PendingWrites writes, UUID patient, String reportId) {
    return writes.rows(REPORTS, patient).values().stream()
        .filter(r -> r.reportId().equals(reportId))
        .findFirst()
        .orElse(null);
  }

  private String title(String patient, ReportContent content, String context) {
    return content == null || content.title() == null
        ? null
        : PersonalData.derived(patient, PersonalDataKind.HEALTH, content.title(), context)
            .sealedWith(cipher);
  }
}
