package health.journey.query.advice;

import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.advice.AdviceCategory;
import health.journey.api.advice.AdviceGiven;
import health.journey.api.advice.AdviceItemDefined;
import health.journey.api.advice.AdviceItemDefinition;
import health.journey.api.advice.AdviceItemRetired;
import health.journey.api.advice.AdviceItemView;
import health.journey.api.advice.AdviceWithdrawn;
import health.journey.api.advice.FindAdviceQuery;
import health.journey.api.advice.PatientAdviceView;
import health.journey.query.common.Rows;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects the advice items (each version) and the advice each patient has now, with who gave it.
 * Advice is given a few times in a patient's life, so each event is written as it comes.
 */
@Component
@ProcessingGroup(Advice.PROCESSING_GROUP)
class AdviceProjection {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;

  AdviceProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(AdviceItemDefined event) {
    jdbc.update(
        "INSERT INTO advice_item (code, version, definition, defined_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (code, version) DO NOTHING",
        event.code(),
        event.version(),
        JSON.writeValueAsString(event.definition()),
        Timestamp.from(event.occurredAt()));
    jdbc.update("DELETE FROM advice_item_retired WHERE code = ?", event.code());
  }

  @EventHandler
  void on(AdviceItemRetired event) {
    jdbc.update(
        "INSERT INTO advice_item_retired (code, retired_at) VALUES (?, ?)"
            + " ON CONFLICT (code) DO NOTHING",
        event.code(),
        Timestamp.from(event.occurredAt()));
  }

  @EventHandler
  void on(AdviceGiven event, MetaData metaData) {
    jdbc.update(
        "INSERT INTO patient_advice"
            + " (patient_id, item_code, item_version, category, for_tag, given_by, given_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (patient_id, item_code) DO UPDATE SET"
            + " item_version = EXCLUDED.item_version, category = EXCLUDED.category,"
            + " for_tag = EXCLUDED.for_tag, given_by = EXCLUDED.given_by,"
            + " given_at = EXCLUDED.given_at",
        event.patientId().value(),
        event.itemCode(),
        event.itemVersion(),
        event.category().name(),
        event.forTag(),
        Rows.text(metaData, MetaDataKeys.ACTOR_ID),
        Timestamp.from(event.occurredAt()));
  }

  @EventHandler
  void on(AdviceWithdrawn event) {
    jdbc.update(
        "DELETE FROM patient_advice WHERE patient_id = ? AND item_code = ?",
        event.patientId().value(),
        event.itemCode());
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE advice_item, advice_item_retired, patient_advice");
  }

  @QueryHandler
  FindAdviceQuery.ItemList handle(FindAdviceQuery.Items query) {
    String versions =
        query.version() == null
            ? "SELECT DISTINCT ON (a.code) a.* FROM advice_item a"
                + " WHERE (CAST(? AS text) IS NULL OR a.code = ?) ORDER BY a.code, a.version DESC"
            : "SELECT a.* FROM advice_item a WHERE (CAST(? AS text) IS NULL OR a.code = ?)"
                + " AND a.version = "
                + query.version().intValue();
    return new FindAdviceQuery.ItemList(
        jdbc
            .query(
                "SELECT x.*, r.code IS NOT NULL AS retired FROM ("
                    + versions
                    + ") x"
                    + " LEFT JOIN advice_item_retired r ON r.code = x.code ORDER BY x.code",
                (rs, n) ->
                    new AdviceItemView(
                        rs.getString("code"),
                        rs.getInt("version"),
                        JSON.readValue(rs.getString("definition"), AdviceItemDefinition.class),
                        Rows.instant(rs, "defined_at"),
                        rs.getBoolean("retired")),
                query.code(),
                query.code())
            .stream()
            .filter(v -> query.includeRetired() || !v.retired())
            .toList());
  }

  @QueryHandler
  FindAdviceQuery.PatientAdvice handle(FindAdviceQuery.OfPatients query) {
    Map<String, List<PatientAdviceView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new FindAdviceQuery.PatientAdvice(byPatient);
    }
    jdbc.query(
            "SELECT * FROM patient_advice WHERE patient_id = ANY (?) ORDER BY given_at, item_code",
            ps ->
                ps.setArray(
                    1,
                    ps.getConnection()
                        .createArrayOf(
                            "uuid", query.patientIds().stream().map(PatientId::value).toArray())),
            (rs, n) ->
                new PatientAdviceView(
                    rs.getString("patient_id"),
                    rs.getString("item_code"),
                    rs.getInt("item_version"),
                    AdviceCategory.valueOf(rs.getString("category")),
                    rs.getString("for_tag"),
                    rs.getString("given_by"),
                    Rows.instant(rs, "given_at")))
        .forEach(v -> byPatient.computeIfAbsent(v.patientId(), k -> new ArrayList<>()).add(v));
    return new FindAdviceQuery.PatientAdvice(byPatient);
  }
}
