package health.journey.query.rules;

import health.journey.api.rules.FindTaggingRulesQuery;
import health.journey.api.rules.TaggingRuleDefinition;
import health.journey.api.rules.TaggingRulePublished;
import health.journey.api.rules.TaggingRuleRetired;
import health.journey.api.rules.TaggingRuleView;
import health.journey.api.rules.TaggingRules;
import health.journey.query.common.Rows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects the tagging rules: every published version (they never change) and which rules are
 * retired. Rules are few and change rarely, so each event is written as it comes.
 */
@Component
@ProcessingGroup(TaggingRules.PROCESSING_GROUP)
class TaggingRuleProjection {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;

  TaggingRuleProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(TaggingRulePublished event, @Timestamp Instant publishedAt) {
    jdbc.update(
        "INSERT INTO tagging_rule_version (code, version, rule_id, tag, definition, published_at)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code, version) DO NOTHING",
        event.code(),
        event.version(),
        event.ruleId(),
        event.definition().tag(),
        JSON.writeValueAsString(event.definition()),
        java.sql.Timestamp.from(publishedAt));
    jdbc.update("DELETE FROM tagging_rule_retired WHERE code = ?", event.code());
  }

  @EventHandler
  void on(TaggingRuleRetired event, @Timestamp Instant retiredAt) {
    jdbc.update(
        "INSERT INTO tagging_rule_retired (code, retired_at) VALUES (?, ?)"
            + " ON CONFLICT (code) DO NOTHING",
        event.code(),
        java.sql.Timestamp.from(retiredAt));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE tagging_rule_version, tagging_rule_retired");
  }

  @QueryHandler
  FindTaggingRulesQuery.Rules handle(FindTaggingRulesQuery query) {
    String versions =
        query.version() == null
            ? "SELECT DISTINCT ON (v.code) v.* FROM tagging_rule_version v"
                + " WHERE (CAST(? AS text) IS NULL OR v.code = ?) ORDER BY v.code, v.version DESC"
            : "SELECT v.* FROM tagging_rule_version v WHERE (CAST(? AS text) IS NULL OR v.code = ?)"
                + " AND v.version = "
                + query.version().intValue();
    return new FindTaggingRulesQuery.Rules(
        jdbc
            .query(
                "SELECT x.*, r.code IS NOT NULL AS retired FROM ("
                    + versions
                    + ") x"
                    + " LEFT JOIN tagging_rule_retired r ON r.code = x.code ORDER BY x.code",
                (rs, n) ->
                    new TaggingRuleView(
                        rs.getString("code"),
                        rs.getInt("version"),
                        JSON.readValue(rs.getString("definition"), TaggingRuleDefinition.class),
                        Rows.instant(rs, "published_at"),
                        rs.getBoolean("retired")),
                query.code(),
                query.code())
            .stream()
            .filter(v -> query.includeRetired() || !v.retired())
            .toList());
  }
}
