package health.journey.query.indicator;

import static health.journey.query.common.Column.bool;
import static health.journey.query.common.Column.numeric;
import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.PatientId;
import health.journey.api.indicator.Analyte;
import health.journey.api.indicator.IndicatorReadModel;
import health.journey.api.indicator.Indicators;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataErased;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportedValue;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Projects every indicator value of every patient (历年指标): the results of exam reports (an amended
 * report's values replace its earlier ones; a conflicting version adds none) and the body
 * measurements of the health record (BMI, weight, height, waist, blood pressure taken in clinic).
 */
@Component
@ProcessingGroup(IndicatorReadModel.PROCESSING_GROUP)
class IndicatorProjection {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static final RowMapper<IndicatorRow> READER =
      (rs, n) ->
          new IndicatorRow(
              Rows.uuid(rs, "patient_id"),
              rs.getString("entry_key"),
              rs.getString("source"),
              rs.getString("report_id"),
              rs.getString("source_system"),
              rs.getString("code"),
              rs.getString("analyte_id"),
              rs.getString("name"),
              rs.getBigDecimal("value"),
              rs.getString("unit"),
              rs.getBigDecimal("original_value"),
              rs.getString("original_unit"),
              rs.getBigDecimal("reference_low"),
              rs.getBigDecimal("reference_high"),
              rs.getString("reference_text"),
              rs.getString("flag"),
              rs.getBoolean("flag_from_sender"),
              rs.getString("text_sealed"),
              Rows.instant(rs, "effective_at"));

  static final Table<IndicatorRow> VALUES =
      Table.of(
          "indicator_value",
          List.of(
              uuid("patient_id", IndicatorRow::patientId),
              text("entry_key", "entry", 200, IndicatorRow::entryKey).required()),
          List.of(
              text("source", "source", 16, IndicatorRow::source).required(),
              text("report_id", "reportId", 64, IndicatorRow::reportId),
              text("source_system", "sourceSystem", 256, IndicatorRow::sourceSystem),
              text("code", "code", 32, IndicatorRow::code).required(),
              text("analyte_id", "analyteId", 64, IndicatorRow::analyteId),
              text("name", "name", 200, IndicatorRow::name),
              numeric("value", "value", IndicatorRow::value),
              text("unit", "unit", 32, IndicatorRow::unit),
              numeric("original_value", "originalValue", IndicatorRow::originalValue),
              text("original_unit", "originalUnit", 32, IndicatorRow::originalUnit),
              numeric("reference_low", "referenceLow", IndicatorRow::referenceLow),
              numeric("reference_high", "referenceHigh", IndicatorRow::referenceHigh),
              text("reference_text", "referenceText", 200, IndicatorRow::referenceText),
              text("flag", "flag", 16, IndicatorRow::flag),
              bool("flag_from_sender", IndicatorRow::flagFromSender),
              text("text_sealed", "text", 0, IndicatorRow::textSealed),
              timestamp("effective_at", "effectiveAt", IndicatorRow::effectiveAt).required()),
          READER,
          Table.OnConflict.REPLACE);

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  IndicatorProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(ExamReportRecorded event) {
    values(
        event.patientId(),
        event.reportId(),
        event.sourceSystem(),
        event.content().reveal().orElse(null),
        event.issuedAt() != null ? event.issuedAt() : event.occurredAt());
  }

  @EventHandler
  void on(ExamReportAmended event) {
    PendingWrites writes = PendingWrites.current(jdbc);
    String sourceSystem = null;
    for (IndicatorRow row : List.copyOf(writes.rows(VALUES, event.patientId().value()).values())) {
      if (event.reportId().equals(row.reportId())) {
        sourceSystem = row.sourceSystem();
        writes.delete(VALUES, row);
      }
    }
    values(
        event.patientId(),
        event.reportId(),
        sourceSystem,
        event.content().reveal().orElse(null),
        event.issuedAt() != null ? event.issuedAt() : event.occurredAt());
  }

  @EventHandler
  void on(HealthRecordUpdated event, @SequenceNumber long sequence) {
    if (event.measurements() == null) {
      return;
    }
    BodyMeasurements m = event.measurements().reveal().orElse(null);
    if (m == null) {
      return;
    }
    Instant at =
        m.measuredOn() != null
            ? m.measuredOn().atStartOfDay(CHINA).toInstant()
            : event.occurredAt();
    PendingWrites writes = PendingWrites.current(jdbc);
    UUID patient = event.patientId().value();
    Map<Analyte, BigDecimal> measured = new java.util.LinkedHashMap<>();
    put(measured, Indicators.BODY_HEIGHT, m.heightCm());
    put(measured, Indicators.BODY_WEIGHT, m.weightKg());
    put(measured, Indicators.BMI, m.bmi());
    put(measured, Indicators.WAIST, m.waistCm());
    put(
        measured,
        Indicators.SYSTOLIC_BP,
        m.systolicMmHg() == null ? null : BigDecimal.valueOf(m.systolicMmHg()));
    put(
        measured,
        Indicators.DIASTOLIC_BP,
        m.diastolicMmHg() == null ? null : BigDecimal.valueOf(m.diastolicMmHg()));
    measured.forEach(
        (analyte, value) ->
            writes.put(
                VALUES,
                new IndicatorRow(
                    patient,
                    "health-record:" + sequence + ":" + analyte.id(),
                    "HEALTH_RECORD",
                    null,
                    null,
                    analyte.primaryLoinc(),
                    analyte.id(),
                    analyte.nameEn(),
                    value,
                    analyte.canonicalUnit(),
                    value,
                    analyte.canonicalUnit(),
                    null,
                    null,
                    null,
                    analyte.flag(value, Sex.UNKNOWN).map(Enum::name).orElse(null),
                    false,
                    null,
                    at)));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE indicator_value");
  }

  /** Values in the clear go with the patient's personal data. */
  @EventListener
  void on(PersonalDataErased erased) {
    try {
      jdbc.update(
          "DELETE FROM indicator_value WHERE patient_id = ?", UUID.fromString(erased.subject()));
    } catch (IllegalArgumentException notAPatient) {
      // the subject is not a patient
    }
  }

  private void values(
      PatientId patient,
      String reportId,
      String sourceSystem,
      ReportContent content,
      Instant issued) {
    if (content == null) {
      return;
    }
    PendingWrites writes = PendingWrites.current(jdbc);
    List<ReportedValue> values = content.values();
    for (int i = 0; i < values.size(); i++) {
      ReportedValue v = values.get(i);
      writes.put(
          VALUES,
          new IndicatorRow(
              patient.value(),
              reportId + ":" + i,
              "REPORT",
              reportId,
              sourceSystem,
              v.code(),
              v.analyteId(),
              v.name(),
              v.value(),
              v.unit(),
              v.originalValue(),
              v.originalUnit(),
              v.referenceLow(),
              v.referenceHigh(),
              v.referenceText(),
              v.flag() == null ? null : v.flag().name(),
              v.flagFromSender(),
              v.text() == null
                  ? null
                  : PersonalData.derived(
                          patient.toString(),
                          PersonalDataKind.HEALTH,
                          v.text(),
                          "indicator:" + reportId + ":" + i)
                      .sealedWith(cipher),
              v.effectiveAt() != null ? v.effectiveAt() : issued));
    }
  }

  private static void put(Map<Analyte, BigDecimal> measured, Analyte analyte, BigDecimal value) {
    if (value != null) {
      measured.put(analyte, value);
    }
  }
}
