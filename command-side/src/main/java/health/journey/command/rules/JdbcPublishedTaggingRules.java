package health.journey.command.rules;

import health.journey.api.rules.TaggingRuleDefinition;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published rule versions in {@code tagging_rule_registry}, in the caller's transaction. The rules
 * in force are kept in memory and read again when the registry's generation (bumped by every
 * publish and retire, on any instance) moves.
 */
class JdbcPublishedTaggingRules implements PublishedTaggingRules {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record Cached(long generation, List<Version> rules) {}

  private final JdbcTemplate jdbc;
  private final AtomicReference<Cached> cache = new AtomicReference<>(new Cached(-1, List.of()));

  JdbcPublishedTaggingRules(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void published(String ruleId, Version version) {
    jdbc.update(
        "INSERT INTO tagging_rule_registry (code, version, rule_id, definition)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (code, version) DO NOTHING",
        version.code(),
        version.version(),
        ruleId,
        JSON.writeValueAsString(version.definition()));
    jdbc.update("UPDATE tagging_rule_registry SET retired = false WHERE code = ?", version.code());
    bump();
  }

  @Override
  public void retired(String code) {
    jdbc.update("UPDATE tagging_rule_registry SET retired = true WHERE code = ?", code);
    bump();
  }

  @Override
  public List<Version> inForce() {
    long generation =
        jdbc.queryForObject("SELECT generation FROM tagging_rule_generation", Long.class);
    Cached cached = cache.get();
    if (cached.generation() == generation) {
      return cached.rules();
    }
    List<Version> rules =
        jdbc
            .query(
                "SELECT DISTINCT ON (code) code, version, definition, retired"
                    + " FROM tagging_rule_registry ORDER BY code, version DESC",
                (rs, n) ->
                    rs.getBoolean(4)
                        ? null
                        : new Version(
                            rs.getString(1),
                            rs.getInt(2),
                            JSON.readValue(rs.getString(3), TaggingRuleDefinition.class)))
            .stream()
            .filter(v -> v != null)
            .toList();
    cache.set(new Cached(generation, rules));
    return rules;
  }

  @Override
  public Optional<Version> latest(String code) {
    return jdbc
        .query(
            "SELECT code, version, definition FROM tagging_rule_registry WHERE code = ?"
                + " ORDER BY version DESC LIMIT 1",
            (rs, n) ->
                new Version(
                    rs.getString(1),
                    rs.getInt(2),
                    JSON.readValue(rs.getString(3), TaggingRuleDefinition.class)),
            code)
        .stream()
        .findFirst();
  }

  private void bump() {
    jdbc.update("UPDATE tagging_rule_generation SET generation = generation + 1");
  }
}
