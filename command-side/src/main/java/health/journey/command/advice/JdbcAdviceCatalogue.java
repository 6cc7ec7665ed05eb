package health.journey.command.advice;

import health.journey.api.advice.AdviceItemDefinition;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Advice item versions in {@code advice_item_registry}, in the caller's transaction; the items in
 * force are kept in memory and read again when the registry's generation moves.
 */
class JdbcAdviceCatalogue implements AdviceCatalogue {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record Cached(long generation, List<Version> items) {}

  private final JdbcTemplate jdbc;
  private final AtomicReference<Cached> cache = new AtomicReference<>(new Cached(-1, List.of()));

  JdbcAdviceCatalogue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void defined(String itemId, Version version) {
    jdbc.update(
        "INSERT INTO advice_item_registry (code, version, item_id, definition)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (code, version) DO NOTHING",
        version.code(),
        version.version(),
        itemId,
        JSON.writeValueAsString(version.definition()));
    jdbc.update("UPDATE advice_item_registry SET retired = false WHERE code = ?", version.code());
    bump();
  }

  @Override
  public void retired(String code) {
    jdbc.update("UPDATE advice_item_registry SET retired = true WHERE code = ?", code);
    bump();
  }

  @Override
  public List<Version> inForce() {
    long generation =
        jdbc.queryForObject("SELECT generation FROM advice_item_generation", Long.class);
    Cached cached = cache.get();
    if (cached.generation() == generation) {
      return cached.items();
    }
    List<Version> items =
        jdbc
            .query(
                "SELECT DISTINCT ON (code) code, version, definition, retired"
                    + " FROM advice_item_registry ORDER BY code, version DESC",
                (rs, n) ->
                    rs.getBoolean(4)
                        ? null
                        : new Version(
                            rs.getString(1),
                            rs.getInt(2),
                            JSON.readValue(rs.getString(3), AdviceItemDefinition.class)))
            .stream()
            .filter(v -> v != null)
            .toList();
    cache.set(new Cached(generation, items));
    return items;
  }

  @Override
  public Optional<Version> latest(String code) {
    return jdbc
        .query(
            "SELECT code, version, definition FROM advice_item_registry WHERE code = ?"
                + " AND NOT retired ORDER BY version DESC LIMIT 1",
            (rs, n) ->
                new Version(
                    rs.getString(1),
                    rs.getInt(2),
                    JSON.readValue(rs.getString(3), AdviceItemDefinition.class)),
            code)
        .stream()
        .findFirst();
  }

  private void bump() {
    jdbc.update("UPDATE advice_item_generation SET generation = generation + 1");
  }
}
