package health.journey.query.questionnaire;

import health.journey.api.questionnaire.FindQuestionnairesQuery;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnairePublished;
import health.journey.api.questionnaire.QuestionnaireReadModel;
import health.journey.api.questionnaire.QuestionnaireRetired;
import health.journey.api.questionnaire.QuestionnaireVersionView;
import health.journey.api.questionnaire.QuestionnaireVersions;
import health.journey.query.common.Rows;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published questionnaire versions, for staff to read and for clients to render: few and rarely
 * written, so written as they come rather than in batches.
 */
@Component
@ProcessingGroup(QuestionnaireReadModel.TEMPLATES_PROCESSING_GROUP)
class QuestionnaireTemplateProjection {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private final JdbcTemplate jdbc;

  QuestionnaireTemplateProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(QuestionnairePublished event) {
    jdbc.update(
        "INSERT INTO questionnaire_version (template_id, code, version, title, definition,"
            + " published_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code, version) DO NOTHING",
        event.templateId(),
        event.code(),
        event.version(),
        event.definition().title(),
        JSON.writeValueAsString(event.definition()),
        Timestamp.from(event.occurredAt()));
    jdbc.update("DELETE FROM questionnaire_retired WHERE code = ?", event.code());
  }

  @EventHandler
  void on(QuestionnaireRetired event) {
    jdbc.update(
        "INSERT INTO questionnaire_retired (code, retired_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        event.code(),
        Timestamp.from(event.occurredAt()));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE questionnaire_version, questionnaire_retired");
  }

  @QueryHandler
  QuestionnaireVersions handle(FindQuestionnairesQuery query) {
    return new QuestionnaireVersions(
        jdbc.query(
            "SELECT v.template_id, v.code, v.version, v.definition, v.published_at,"
                + " r.code IS NOT NULL AS retired FROM questionnaire_version v"
                + " LEFT JOIN questionnaire_retired r ON r.code = v.code"
                + " WHERE (CAST(? AS text) IS NULL OR v.code = ?)"
                + " AND (CAST(? AS integer) IS NULL AND v.version ="
                + " (SELECT max(version) FROM questionnaire_version x WHERE x.code = v.code)"
                + " OR v.version = ?)"
                + " AND (? OR r.code IS NULL) ORDER BY v.code, v.version",
            (rs, n) ->
                new QuestionnaireVersionView(
                    rs.getString("template_id"),
                    rs.getString("code"),
                    rs.getInt("version"),
                    JSON.readValue(rs.getString("definition"), QuestionnaireDefinition.class),
                    Rows.instant(rs, "published_at"),
                    rs.getBoolean("retired")),
            query.code(),
            query.code(),
            query.version(),
            query.version(),
            query.includeRetired() || query.code() != null));
  }
}
