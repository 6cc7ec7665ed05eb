package health.journey.app.report;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.indicator.Analyte;
import health.journey.api.indicator.FindIndicatorSeriesQuery;
import health.journey.api.indicator.FindLatestIndicatorsQuery;
import health.journey.api.indicator.IndicatorReadModel;
import health.journey.api.indicator.IndicatorSeries;
import health.journey.api.indicator.IndicatorValueView;
import health.journey.api.indicator.Indicators;
import health.journey.api.indicator.PatientIndicators;
import health.journey.api.indicator.UnitNotAccepted;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.patient.PatientView;
import health.journey.api.report.ExamReport;
import health.journey.api.report.FindReportsQuery;
import health.journey.api.report.PatientReports;
import health.journey.api.report.RecordExamReports;
import health.journey.api.report.ReportOutcome;
import health.journey.api.report.ReportReadModel;
import health.journey.api.report.ReportView;
import health.journey.api.report.ReportedValue;
import health.journey.api.risk.RiskReadModel;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.platform.graphql.Mutations;
import health.journey.app.platform.graphql.Pages;
import health.journey.app.platform.graphql.PatientMutations;
import health.journey.app.platform.graphql.PatientPayload;
import health.journey.app.platform.graphql.ProjectionLag;
import health.journey.app.report.ReportInputs.RecordExamReportInput;
import health.journey.app.report.ReportInputs.ReportedValueInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Exam reports (同步检查报告数据) recorded over GraphQL, and a patient's reports, indicators and trends
 * (历年指标趋势分析).
 */
@Controller
class ReportController {

  private static final List<String> REPORTS_SHOWN_IN =
      List.of(
          TaggingRules.POLICY_GROUP,
          Advice.PROCESSING_GROUP,
          TaggingReadModel.PROCESSING_GROUP,
          RiskReadModel.PROCESSING_GROUP,
          PatientReadModel.PROCESSING_GROUP,
          ReportReadModel.PROCESSING_GROUP,
          IndicatorReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  /** The earliest instant of a series with no start. */
  private static final Instant EARLIEST =
      BusinessTime.EARLIEST_DATE.atStartOfDay(BusinessTime.zone()).toInstant();

  private final QueryGateway queries;
  private final PatientMutations patients;

  ReportController(QueryGateway queries, PatientMutations patients) {
    this.queries = queries;
    this.patients = patients;
  }

  /** What recording a report answers. */
  record ExamReportPayload(PatientPayload patient, ReportOutcome outcome) {}

  @MutationMapping
  ExamReportPayload recordExamReport(
      @Argument RecordExamReportInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    InvalidInput.require(input.values() != null, "values", "values are required");
    ExamReport report =
        new ExamReport(
            input.sourceSystem(),
            input.identifier(),
            input.code(),
            input.status(),
            input.title(),
            input.issuedAt(),
            input.values().stream().map(ReportController::value).toList(),
            input.bookingId());
    Mutations.Sent sent =
        patients.sent(env, new RecordExamReports(id, List.of(report), null), id, REPORTS_SHOWN_IN);
    @SuppressWarnings("unchecked")
    List<ReportOutcome> outcomes = (List<ReportOutcome>) sent.outcome().result();
    ReportOutcome outcome =
        outcomes == null || outcomes.isEmpty()
            ? new ReportOutcome(
                report.idFor(id),
                report.sourceSystem(),
                report.identifier(),
                ReportOutcome.Result.ALREADY_RECORDED)
            : outcomes.get(0);
    return new ExamReportPayload(PatientMutations.payload(sent), outcome);
  }

  @SchemaMapping(typeName = "ExamReportPayload", field = "patientId")
  String payloadPatientId(ExamReportPayload payload) {
    return payload.patient().patientId();
  }

  @SchemaMapping(typeName = "ExamReportPayload", field = "clientRequestId")
  String payloadRequestId(ExamReportPayload payload) {
    return payload.patient().clientRequestId();
  }

  @SchemaMapping(typeName = "ExamReportPayload", field = "reportId")
  String payloadReportId(ExamReportPayload payload) {
    return payload.outcome().reportId();
  }

  @SchemaMapping(typeName = "ExamReportPayload", field = "result")
  ReportOutcome.Result payloadResult(ExamReportPayload payload) {
    return payload.outcome().result();
  }

  @SchemaMapping(typeName = "ExamReportPayload", field = "patient")
  PatientPayload payloadPatient(ExamReportPayload payload) {
    return payload.patient();
  }

  @SchemaMapping(typeName = "ExamReportPayload", field = "report")
  ReportView payloadReport(ExamReportPayload payload) {
    if (!payload.patient().projected()) {
      throw new ProjectionLag(payload.patient().patientId());
    }
    PatientReports reports =
        queries
            .query(
                new FindReportsQuery(List.of(PatientId.of(payload.patient().patientId())), 1000),
                PatientReports.class)
            .join();
    return reports.byPatient().getOrDefault(payload.patient().patientId(), List.of()).stream()
        .filter(r -> r.reportId().equals(payload.outcome().reportId()))
        .findFirst()
        .orElse(null);
  }

  /** A patient's reports; the field's arguments differ per use, so it is resolved per patient. */
  @SchemaMapping(typeName = "Patient", field = "examReports")
  List<ReportView> examReports(PatientView patient, DataFetchingEnvironment env) {
    return queries
        .query(new FindReportsQuery(List.of(patient.id()), Pages.size(env)), PatientReports.class)
        .join()
        .byPatient()
        .getOrDefault(patient.id().toString(), List.of());
  }

  @SchemaMapping(typeName = "Patient", field = "indicators")
  List<IndicatorValueView> indicators(PatientView patient, @Argument Boolean abnormalOnly) {
    return queries
        .query(
            new FindLatestIndicatorsQuery(List.of(patient.id()), Boolean.TRUE.equals(abnormalOnly)),
            PatientIndicators.class)
        .join()
        .byPatient()
        .getOrDefault(patient.id().toString(), List.of());
  }

  @SchemaMapping(typeName = "Patient", field = "indicatorSeries")
  IndicatorSeries indicatorSeries(
      PatientView patient,
      @Argument String indicator,
      @Argument Instant from,
      @Argument Instant to) {
    String named = InvalidInput.requireName(indicator, "indicator", 64);
    Instant start = from == null ? EARLIEST : from;
    Instant end = to == null ? BusinessTime.now().plus(BusinessTime.CLOCK_SKEW) : to;
    InvalidInput.require(!start.isAfter(end), "from", "from must not be after to");
    return queries
        .query(new FindIndicatorSeriesQuery(patient.id(), named, start, end), IndicatorSeries.class)
        .join();
  }

  @SchemaMapping(typeName = "IndicatorValue", field = "indicator")
  String indicatorId(IndicatorValueView value) {
    return value.analyteId();
  }

  /**
   * A result as recorded: converted to the indicator's canonical unit, or kept as sent with the
   * reason when the catalogue does not know the unit for the indicator.
   */
  private static ReportedValue value(ReportedValueInput input) {
    String code = InvalidInput.requireName(input.code(), "values.code", 32);
    InvalidInput.require(
        input.effectiveAt() != null, "values.effectiveAt", "values.effectiveAt is required");
    InvalidInput.require(
        input.value() != null || input.text() != null,
        "values.value",
        "a result gives a value or a text");
    Optional<Analyte> analyte = Indicators.byLoinc(code);
    String unit =
        input.unit() == null ? null : InvalidInput.requireName(input.unit(), "values.unit", 32);
    BigDecimal canonical = input.value();
    String canonicalUnit = unit;
    String problem = null;
    if (analyte.isPresent() && input.value() != null) {
      try {
        canonical = analyte.get().convert(input.value(), unit);
        canonicalUnit = analyte.get().canonicalUnit();
      } catch (UnitNotAccepted refused) {
        canonical = null;
        canonicalUnit = null;
        problem = refused.getMessage();
      }
    }
    return new ReportedValue(
        code,
        analyte.map(Analyte::id).orElse(null),
        input.name() == null ? null : InvalidInput.requireText(input.name(), "values.name", 200),
        canonical,
        canonicalUnit,
        input.value(),
        unit,
        bound(input.referenceLow(), unit, analyte),
        bound(input.referenceHigh(), unit, analyte),
        input.referenceText() == null
            ? null
            : InvalidInput.requireText(input.referenceText(), "values.referenceText", 200),
        input.flag(),
        input.flag() != null,
        input.text() == null ? null : InvalidInput.requireText(input.text(), "values.text", 2000),
        input.effectiveAt(),
        null,
        problem);
  }

  private static BigDecimal bound(BigDecimal bound, String unit, Optional<Analyte> analyte) {
    if (bound == null || analyte.isEmpty()) {
      return bound;
    }
    try {
      return analyte.get().convert(bound, unit);
    } catch (UnitNotAccepted refused) {
      return null;
    }
  }
}
