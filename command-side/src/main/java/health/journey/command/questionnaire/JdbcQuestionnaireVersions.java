package health.journey.command.questionnaire;

import health.journey.api.questionnaire.QuestionnaireDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published questionnaire versions in {@code questionnaire_version_registry}, in the caller's
 * transaction; versions read once are kept in memory (they never change).
 */
class JdbcQuestionnaireVersions implements QuestionnaireVersions {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private final JdbcTemplate jdbc;
  private final Map<String, Published> versions = new ConcurrentHashMap<>();

  JdbcQuestionnaireVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void published(Published version) {
    jdbc.update(
        "INSERT INTO questionnaire_version_registry"
            + " (template_id, code, version, definition, fhir_url)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (code, version) DO NOTHING",
        version.templateId(),
        version.code(),
        version.version(),
        JSON.writeValueAsString(version.definition()),
        version.definition().fhirUrl());
    jdbc.update(
        "UPDATE questionnaire_version_registry SET retired = false WHERE code = ?", version.code());
  }

  @Override
  public void retired(String code) {
    jdbc.update("UPDATE questionnaire_version_registry SET retired = true WHERE code = ?", code);
  }

  @Override
  public Optional<Published> find(String code, Integer version) {
    if (version != null) {
      Published known = versions.get(code + "@" + version);
      if (known != null) {
        return Optional.of(known);
      }
    }
    return jdbc
        .query(
            "SELECT template_id, code, version, definition FROM questionnaire_version_registry"
                + " WHERE code = ? AND (CAST(? AS integer) IS NULL OR version = ?)"
                + " ORDER BY version DESC LIMIT 1",
            (rs, n) ->
                new Published(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    JSON.readValue(rs.getString(4), QuestionnaireDefinition.class)),
            code,
            version,
            version)
        .stream()
        .findFirst()
        .map(
            found -> {
              versions.putIfAbsent(found.code() + "@" + found.version(), found);
              return found;
            });
  }

  @Override
  public Optional<String> codeOf(String fhirUrl) {
    return jdbc
        .queryForList(
            "SELECT code FROM questionnaire_version_registry WHERE fhir_url = ?"
                + " ORDER BY version DESC LIMIT 1",
            String.class,
            fhirUrl)
        .stream()
        .findFirst();
  }

  @Override
  public boolean isRetired(String code) {
    return Boolean.TRUE.equals(
        jdbc
            .query(
                "SELECT bool_or(retired) FROM questionnaire_version_registry WHERE code = ?",
                (rs, n) -> rs.getObject(1, Boolean.class),
                code)
            .stream()
            .findFirst()
            .orElse(false));
  }
}
