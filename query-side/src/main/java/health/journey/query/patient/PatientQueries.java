package health.journey.query.patient;

import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentStatus;
import health.journey.api.consent.ConsentView;
import health.journey.api.consent.FindConsentsQuery;
import health.journey.api.consent.PatientConsents;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.CountPatientsQuery;
import health.journey.api.patient.DrinkingStatus;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.FindHealthRecordsQuery;
import health.journey.api.patient.FindPatientQuery;
import health.journey.api.patient.FindPatientsQuery;
import health.journey.api.patient.HealthRecordView;
import health.journey.api.patient.HealthRecords;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.PatientFilter;
import health.journey.api.patient.PatientId;
import health.journey.api.patient.PatientPage;
import health.journey.api.patient.PatientView;
import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.tagging.FindTagsQuery;
import health.journey.api.tagging.PatientTags;
import health.journey.api.tagging.TagView;
import health.journey.api.timeline.FindTimelineQuery;
import health.journey.api.timeline.TimelineEntryView;
import health.journey.api.timeline.TimelinePage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the queries on the patient read model, one SQL statement per query. */
@Component
class PatientQueries {

  private static final String SUMMARY_COLUMNS =
      "patient_id, card_number, tier, channel, name_sealed, phone_sealed, id_number_sealed, sex,"
          + " birth_date, stage, opened_at, updated_at, last_sequence";

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
      sql.append(
          " FROM patient_tag t JOIN patient_summary s ON s.patient_id = t.patient_id WHERE t.tag = :tag");
      params.put("tag", filter.tag());
    } else {
      sql.append(" FROM patient_summary s WHERE true");
    }
    if (filter != null && filter.stage() != null) {
      sql.append(" AND s.stage = :stage");
      params.put("stage", filter.stage().name());
    }
    return sql.toString();
  }

  private static String prefixed(String columns) {
    return "s." + columns.replace(", ", ", s.");
  }

  @QueryHandler
  PatientTags handle(FindTagsQuery query) {
    Map<String, List<TagView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new PatientTags(byPatient);
    }
    jdbc.sql(
            "SELECT patient_id, tag, applied_at, applied_by, applied_by_role, reason_sealed"
                + " FROM patient_tag WHERE patient_id IN (:ids) ORDER BY applied_at, tag")
        .param("ids", uuids(query.patientIds()))
        .query(
            (ResultSet rs) -> {
              String id = rs.getString("patient_id");
              byPatient
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new TagView(
                          rs.getString("tag"),
                          instant(rs, "applied_at"),
                          rs.getString("applied_by"),
                          rs.getString("applied_by_role"),
                          sealed(id, PersonalDataKind.FREE_TEXT, rs.getString("reason_sealed"))));
            });
    return new PatientTags(byPatient);
  }

  @QueryHandler
  PatientConsents handle(FindConsentsQuery query) {
    Map<String, List<ConsentView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new PatientConsents(byPatient);
    }
    jdbc.sql(
            "SELECT patient_id, purpose, status, channel, wording_version, changed_at,"
                + " withdrawal_reason_sealed FROM patient_consent WHERE patient_id IN (:ids)"
                + " ORDER BY purpose")
        .param("ids", uuids(query.patientIds()))
        .query(
            (ResultSet rs) -> {
              String id = rs.getString("patient_id");
              byPatient
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new ConsentView(
                          ConsentPurpose.valueOf(rs.getString("purpose")),
                          ConsentStatus.valueOf(rs.getString("status")),
                          ConsentChannel.valueOf(rs.getString("channel")),
                          rs.getString("wording_version"),
                          instant(rs, "changed_at"),
                          sealed(
                              id,
                              PersonalDataKind.FREE_TEXT,
                              rs.getString("withdrawal_reason_sealed"))));
            });
    return new PatientConsents(byPatient);
  }

  @QueryHandler
  HealthRecords handle(FindHealthRecordsQuery query) {
    Map<String, HealthRecordView> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new HealthRecords(byPatient);
    }
    jdbc.sql("SELECT * FROM patient_health_record WHERE patient_id IN (:ids)")
        .param("ids", uuids(query.patientIds()))
        .query(
            (ResultSet rs) -> {
              String id = rs.getString("patient_id");
              byPatient.put(id, healthRecord(id, rs));
            });
    return new HealthRecords(byPatient);
  }

  @QueryHandler
  TimelinePage handle(FindTimelineQuery query) {
    List<TimelineEntryView> entries =
        jdbc.sql(
                "SELECT sequence, kind, summary, note_sealed, occurred_at, recorded_at, actor_id,"
                    + " acting_role FROM patient_timeline_entry"
                    + " WHERE patient_id = ? AND sequence > ? ORDER BY sequence LIMIT ?")
            .param(query.patientId().value())
            .param(query.afterSequence() == null ? -1L : query.afterSequence())
            .param(query.limit() + 1)
            .query(
                (rs, n) ->
                    new TimelineEntryView(
                        rs.getLong("sequence"),
                        rs.getString("kind"),
                        rs.getString("summary"),
                        sealed(
                            query.patientId().toString(),
                            PersonalDataKind.FREE_TEXT,
                            rs.getString("note_sealed")),
                        instant(rs, "occurred_at"),
                        instant(rs, "recorded_at"),
                        rs.getString("actor_id"),
                        rs.getString("acting_role")))
            .list();
    boolean hasMore = entries.size() > query.limit();
    return new TimelinePage(hasMore ? entries.subList(0, query.limit()) : entries, hasMore);
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
        rs.getObject("birth_date", LocalDate.class),
        LifecycleStage.valueOf(rs.getString("stage")),
        instant(rs, "opened_at"),
        instant(rs, "updated_at"),
        rs.getLong("last_sequence"));
  }

  private HealthRecordView healthRecord(String id, ResultSet rs) throws SQLException {
    String smoking = rs.getString("smoking");
    String drinking = rs.getString("drinking");
    Lifestyle lifestyle =
        smoking == null
                && drinking == null
                && rs.getObject("exercise_minutes_per_week") == null
                && rs.getObject("sleep_hours_per_night") == null
            ? null
            : new Lifestyle(
                smoking == null ? null : SmokingStatus.valueOf(smoking),
                (Integer) rs.getObject("cigarettes_per_day"),
                drinking == null ? null : DrinkingStatus.valueOf(drinking),
                (Integer) rs.getObject("exercise_minutes_per_week"),
                rs.getBigDecimal("sleep_hours_per_night"));
    BodyMeasurements measurements =
        rs.getObject("height_cm") == null
                && rs.getObject("weight_kg") == null
                && rs.getObject("waist_cm") == null
            ? null
            : new BodyMeasurements(
                rs.getBigDecimal("height_cm"),
                rs.getBigDecimal("weight_kg"),
                rs.getBigDecimal("waist_cm"),
                rs.getObject("measured_on", LocalDate.class));
    return new HealthRecordView(
        PatientId.of(id),
        sealed(id, PersonalDataKind.ADDRESS, rs.getString("address_sealed")),
        list(rs.getArray("medical_history")),
        list(rs.getArray("family_history")),
        list(rs.getArray("allergies")),
        list(rs.getArray("medications")),
        lifestyle,
        measurements,
        sealed(id, PersonalDataKind.FREE_TEXT, rs.getString("notes_sealed")),
        instant(rs, "updated_at"));
  }

  private PersonalData sealed(String subject, PersonalDataKind kind, String sealed) {
    return sealed == null ? null : PersonalData.sealed(subject, kind, sealed, cipher);
  }

  private static List<String> list(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static List<UUID> uuids(List<PatientId> ids) {
    return ids.stream().map(PatientId::value).toList();
  }
}
