package health.journey.query.patient;

import health.journey.api.PatientId;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.CountPatientsQuery;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.FindHealthRecordsQuery;
import health.journey.api.patient.FindPatientQuery;
import health.journey.api.patient.FindPatientsQuery;
import health.journey.api.patient.HealthRecordView;
import health.journey.api.patient.HealthRecords;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.PatientFilter;
import health.journey.api.patient.PatientPage;
import health.journey.api.patient.PatientView;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Answers the queries on patient summaries and health records, one SQL statement per query. */
@Component
class PatientQueries {

  private static final String SUMMARY_COLUMNS =
      "patient_id, card_number, tier, channel, name_sealed, phone_sealed, id_number_sealed, sex,"
          + " birth_date_sealed, stage, opened_at, updated_at, last_sequence";

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  PatientQueries(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @QueryHandler
  Optional<PatientView> handle(FindPatientQuery query) {
    return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM patient_summary WHERE patient_id = ?")
        .param(query.patientId().value())
        .query(this::patient)
        .optional();
  }

  /**
   * A page of patients, newest card first. Filtered by tag, the page walks the tag's index (which
   * carries each patient's card-opening time) rather than probing every patient for the tag.
   */
  @QueryHandler
  PatientPage handle(FindPatientsQuery query) {
    Map<String, Object> params = new HashMap<>();
    String order = filtersByTag(query.filter()) ? "t" : "s";
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(prefixed(SUMMARY_COLUMNS))
            .append(from(query.filter(), params));
    if (query.afterOpenedAt() != null && query.afterId() != null) {
      sql.append(" AND (")
          .append(order)
          .append(".opened_at, ")
          .append(order)
          .append(".patient_id) < (:afterOpenedAt, :afterId)");
      params.put("afterOpenedAt", Timestamp.from(query.afterOpenedAt()));
      params.put("afterId", query.afterId().value());
    }
    sql.append(" ORDER BY ")
        .append(order)
        .append(".opened_at DESC, ")
        .append(order)
        .append(".patient_id DESC LIMIT :limit");
    params.put("limit", query.limit() + 1);
    List<PatientView> rows = jdbc.sql(sql.toString()).params(params).query(this::patient).list();
    boolean hasMore = rows.size() > query.limit();
    return new PatientPage(hasMore ? rows.subList(0, query.limit()) : rows, hasMore);
  }

  @QueryHandler
  Long handle(CountPatientsQuery query) {
    Map<String, Object> params = new HashMap<>();
    String sql = "SELECT count(*)" + from(query.filter(), params);
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private static boolean filtersByTag(PatientFilter filter) {
    return filter != null && filter.tag() != null;
  }

  /** The FROM and WHERE clauses for a filter, its parameters put in {@code params}. */
  private static String from(PatientFilter filter, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (filtersByTag(filter)) {
      // a tag set by a person or by a rule; both tables carry the card-opening time
      sql.append(
          " FROM (SELECT patient_id, opened_at FROM patient_tag WHERE tag = :tag"
              + " UNION SELECT patient_id, opened_at FROM patient_rule_tag WHERE tag = :tag) t"
              + " JOIN patient_summary s ON s.patient_id = t.patient_id WHERE true");
      params.put("tag", filter.tag());
    } else {
      sql.append(" FROM patient_summary s WHERE true");
    }
    if (filter != null && filter.stage() != null) {
      sql.append(" AND s.stage = :stage");
      params.put("stage", filter.stage().name());
    }
    if (filter != null && filter.riskModel() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM risk_assessment r WHERE r.patient_id = s.patient_id"
              + " AND r.model = :riskModel"
              + (filter.riskBand() == null ? "" : " AND r.band = :riskBand")
              + ")");
      params.put("riskModel", filter.riskModel());
      if (filter.riskBand() != null) {
        params.put("riskBand", filter.riskBand());
      }
    }
    return sql.toString();
  }

  private static String prefixed(String columns) {
    return "s." + columns.replace(", ", ", s.");
  }

  @QueryHandler
  HealthRecords handle(FindHealthRecordsQuery query) {
    Map<String, HealthRecordView> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new HealthRecords(byPatient);
    }
    jdbc.sql("SELECT * FROM " + PatientTables.HEALTH_RECORD.name() + " WHERE patient_id IN (:ids)")
        .param("ids", uuids(query.patientIds()))
        .query(PatientTables.HEALTH_RECORD_READER)
        .list()
        .forEach(row -> byPatient.put(row.patientId().toString(), healthRecord(row)));
    return new HealthRecords(byPatient);
  }

  private PatientView patient(ResultSet rs, int rowNum) throws SQLException {
    String id = rs.getString("patient_id");
    return new PatientView(
        PatientId.of(id),
        rs.getString("card_number"),
        CardTier.valueOf(rs.getString("tier")),
        EnrolmentChannel.valueOf(rs.getString("channel")),
        sealed(id, PersonalDataKind.NAME, rs.getString("name_sealed")),
        sealed(id, PersonalDataKind.PHONE, rs.getString("phone_sealed")),
        sealed(id, PersonalDataKind.ID_NUMBER, rs.getString("id_number_sealed")),
        Sex.valueOf(rs.getString("sex")),
        Sealed.stored(
            id,
            PersonalDataKind.DEMOGRAPHIC,
            rs.getString("birth_date_sealed"),
            cipher,
            new TypeReference<LocalDate>() {}),
        LifecycleStage.valueOf(rs.getString("stage")),
        instant(rs, "opened_at"),
        instant(rs, "updated_at"),
        rs.getLong("last_sequence"));
  }

  private HealthRecordView healthRecord(HealthRecordRow r) {
    String id = r.patientId().toString();
    return new HealthRecordView(
        new PatientId(r.patientId()),
        sealed(id, PersonalDataKind.ADDRESS, r.addressSealed()),
        health(id, r.medicalHistorySealed(), TERMS),
        health(id, r.familyHistorySealed(), TERMS),
        health(id, r.allergiesSealed(), TERMS),
        health(id, r.medicationsSealed(), TERMS),
        health(id, r.lifestyleSealed(), new TypeReference<Lifestyle>() {}),
        health(id, r.measurementsSealed(), new TypeReference<BodyMeasurements>() {}),
        sealed(id, PersonalDataKind.FREE_TEXT, r.notesSealed()),
        r.updatedAt());
  }

  private static final TypeReference<List<String>> TERMS = new TypeReference<>() {};

  private <T> Sealed<T> health(String id, String sealed, TypeReference<T> type) {
    return Sealed.stored(id, PersonalDataKind.HEALTH, sealed, cipher, type);
  }

  private PersonalData sealed(String subject, PersonalDataKind kind, String sealed) {
    return sealed == null ? null : PersonalData.sealed(subject, kind, sealed, cipher);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static List<UUID> uuids(List<PatientId> ids) {
    return ids.stream().map(PatientId::value).toList();
  }
}
