package health.journey.query.indicator;

import health.journey.api.PatientId;
import health.journey.api.indicator.Analyte;
import health.journey.api.indicator.FindIndicatorSeriesQuery;
import health.journey.api.indicator.FindLatestIndicatorsQuery;
import health.journey.api.indicator.Flag;
import health.journey.api.indicator.IndicatorSeries;
import health.journey.api.indicator.IndicatorValueView;
import health.journey.api.indicator.Indicators;
import health.journey.api.indicator.PatientIndicators;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the queries on indicator values, one SQL statement per query. */
@Component
class IndicatorQueries {

  private final JdbcClient jdbc;

  IndicatorQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest value of each indicator (by LOINC code) of each patient. */
  @QueryHandler
  PatientIndicators handle(FindLatestIndicatorsQuery query) {
    Map<String, List<IndicatorValueView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new PatientIndicators(byPatient);
    }
    jdbc.sql(
            "SELECT * FROM (SELECT DISTINCT ON (patient_id, code) * FROM indicator_value"
                + " WHERE patient_id IN (:ids) ORDER BY patient_id, code, effective_at DESC,"
                + " entry_key DESC) latest"
                + (query.abnormalOnly() ? " WHERE flag IS NOT NULL AND flag <> 'NORMAL'" : "")
                + " ORDER BY patient_id, code")
        .param("ids", query.patientIds().stream().map(PatientId::value).toList())
        .query(IndicatorProjection.READER)
        .list()
        .forEach(
            row ->
                byPatient
                    .computeIfAbsent(row.patientId().toString(), k -> new ArrayList<>())
                    .add(view(row)));
    return new PatientIndicators(byPatient);
  }

  /** One indicator, named by LOINC code (any of its analyte's codes) or by catalogue id. */
  @QueryHandler
  IndicatorSeries handle(FindIndicatorSeriesQuery query) {
    Optional<Analyte> analyte =
        Indicators.byLoinc(query.indicator()).or(() -> Indicators.byId(query.indicator()));
    List<IndicatorValueView> values =
        jdbc
            .sql(
                "SELECT * FROM indicator_value WHERE patient_id = :patient"
                    + " AND (code = :code OR analyte_id = :analyte)"
                    + " AND effective_at >= :from AND effective_at <= :to"
                    + " ORDER BY effective_at, entry_key")
            .param("patient", query.patientId().value())
            .param("code", query.indicator())
            .param("analyte", analyte.map(Analyte::id).orElse(query.indicator()))
            .param("from", Timestamp.from(query.from()))
            .param("to", Timestamp.from(query.to()))
            .query(IndicatorProjection.READER)
            .list()
            .stream()
            .map(IndicatorQueries::view)
            .toList();
    return new IndicatorSeries(query.indicator(), values);
  }

  static IndicatorValueView view(IndicatorRow row) {
    Optional<Analyte> analyte =
        row.analyteId() == null ? Optional.empty() : Indicators.byId(row.analyteId());
    return new IndicatorValueView(
        row.patientId().toString(),
        row.code(),
        row.analyteId(),
        analyte.map(Analyte::nameZh).orElse(null),
        analyte.map(Analyte::nameEn).orElse(row.name()),
        row.value(),
        row.unit(),
        row.originalValue(),
        row.originalUnit(),
        row.referenceLow(),
        row.referenceHigh(),
        row.referenceText(),
        row.flag() == null ? null : Flag.valueOf(row.flag()),
        row.flagFromSender(),
        row.effectiveAt(),
        row.source(),
        row.reportId(),
        row.sourceSystem());
  }
}
