package health.journey.query.report;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.report.FindReportsQuery;
import health.journey.api.report.PatientReports;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportView;
import health.journey.query.common.Rows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the queries on exam reports. */
@Component
class ReportQueries {

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  ReportQueries(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @QueryHandler
  PatientReports handle(FindReportsQuery query) {
    Map<String, List<ReportView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new PatientReports(byPatient);
    }
    jdbc.sql(
            "SELECT * FROM (SELECT r.*, row_number() OVER (PARTITION BY patient_id"
                + " ORDER BY issued_at DESC NULLS LAST, report_id) AS n FROM exam_report r"
                + " WHERE patient_id IN (:ids)) x WHERE n <= :limit"
                + " ORDER BY patient_id, issued_at DESC NULLS LAST, report_id")
        .param("ids", query.patientIds().stream().map(PatientId::value).toList())
        .param("limit", query.limit())
        .query(ReportProjection.READER)
        .list()
        .forEach(
            row -> {
              String id = row.patientId().toString();
              byPatient
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new ReportView(
                          id,
                          row.reportId(),
                          row.sourceSystem(),
                          row.identifier(),
                          ReportStatus.valueOf(row.status()),
                          Rows.sealed(cipher, id, PersonalDataKind.HEALTH, row.titleSealed()),
                          row.issuedAt(),
                          row.bookingId(),
                          row.valueCount(),
                          row.conflicts(),
                          row.recordedAt()));
            });
    return new PatientReports(byPatient);
  }
}
