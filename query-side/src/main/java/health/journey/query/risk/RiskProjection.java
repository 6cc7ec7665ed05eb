package health.journey.query.risk;

import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataErased;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.risk.FindRiskAssessmentsQuery;
import health.journey.api.risk.RiskAssessed;
import health.journey.api.risk.RiskReadModel;
import health.journey.api.risk.RiskView;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects each patient's latest assessment per risk model (疾病风险评估): the band in the clear for
 * cohorts, the assessment with its inputs sealed; removed when the patient's personal data is
 * erased.
 */
@Component
@ProcessingGroup(RiskReadModel.PROCESSING_GROUP)
class RiskProjection {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final RowMapper<RiskRow> READER =
      (rs, n) ->
          new RiskRow(
              Rows.uuid(rs, "patient_id"),
              rs.getString("model"),
              rs.getString("model_version"),
              rs.getString("band"),
              rs.getString("assessment_sealed"),
              Rows.instant(rs, "assessed_at"),
              rs.getString("cause_event_id"));

  static final Table<RiskRow> RISKS =
      Table.of(
          "risk_assessment",
          List.of(
              uuid("patient_id", RiskRow::patientId),
              text("model", "model", 64, RiskRow::model).required()),
          List.of(
              text("model_version", "modelVersion", 64, RiskRow::modelVersion).required(),
              text("band", "band", 32, RiskRow::band),
              text("assessment_sealed", "assessment", 0, RiskRow::assessmentSealed).required(),
              timestamp("assessed_at", "occurredAt", RiskRow::assessedAt).required(),
              text("cause_event_id", "causeEventId", 64, RiskRow::causeEventId)),
          READER,
          Table.OnConflict.REPLACE);

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  RiskProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(RiskAssessed event, @SequenceNumber long sequence) {
    String patient = event.patientId().toString();
    String sealed =
        event
            .assessment()
            .reveal()
            .map(
                a ->
                    PersonalData.derived(
                            patient,
                            PersonalDataKind.HEALTH,
                            JSON.writeValueAsString(a),
                            "risk:" + sequence)
                        .sealedWith(cipher))
            .orElse(null);
    if (sealed == null) {
      return;
    }
    PendingWrites.current(jdbc)
        .put(
            RISKS,
            new RiskRow(
                event.patientId().value(),
                event.model(),
                event.modelVersion(),
                event.band(),
                sealed,
                event.occurredAt(),
                event.causeEventId()));
  }

  @EventHandler
  void on(PersonalDataErased erased) {
    try {
      jdbc.update(
          "DELETE FROM risk_assessment WHERE patient_id = ?", UUID.fromString(erased.subject()));
    } catch (IllegalArgumentException notAPatient) {
      // the subject is not a patient
    }
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE risk_assessment");
  }

  @QueryHandler
  FindRiskAssessmentsQuery.PatientRisks handle(FindRiskAssessmentsQuery query) {
    Map<String, List<RiskView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new FindRiskAssessmentsQuery.PatientRisks(byPatient);
    }
    jdbc.query(
            "SELECT * FROM risk_assessment WHERE patient_id = ANY (?) ORDER BY patient_id, model",
            ps ->
                ps.setArray(
                    1,
                    ps.getConnection()
                        .createArrayOf(
                            "uuid", query.patientIds().stream().map(PatientId::value).toArray())),
            READER)
        .forEach(
            row ->
                byPatient
                    .computeIfAbsent(row.patientId().toString(), k -> new ArrayList<>())
                    .add(
                        new RiskView(
                            row.patientId().toString(),
                            row.model(),
                            row.modelVersion(),
                            row.band(),
                            Rows.sealed(
                                cipher,
                                row.patientId(),
                                PersonalDataKind.HEALTH,
                                row.assessmentSealed()),
                            row.assessedAt(),
                            row.causeEventId())));
    return new FindRiskAssessmentsQuery.PatientRisks(byPatient);
  }
}
