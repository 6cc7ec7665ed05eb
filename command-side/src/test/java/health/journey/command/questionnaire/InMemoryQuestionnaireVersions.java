package health.journey.command.questionnaire;

import health.journey.api.questionnaire.DraftQuestionnaire;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published questionnaire versions in memory, as the database registry keeps them: a version
 * once kept never changes, publishing brings a retired questionnaire back.
 */
public final class InMemoryQuestionnaireVersions implements QuestionnaireVersions {

  private final Map<String, List<Published>> byCode = new HashMap<>();
  private final Set<String> retired = new HashSet<>();

  /** Publishes {@code definition} as its questionnaire's next version, as staff would. */
  public Published publish(QuestionnaireDefinition definition) {
    Published next =
        new Published(
            DraftQuestionnaire.idOf(definition.code()),
            definition.code(),
            versionsOf(definition.code()).size() + 1,
            definition);
    published(next);
    return next;
  }

  public List<Published> versionsOf(String code) {
    return List.copyOf(byCode.getOrDefault(code, List.of()));
  }

  @Override
  public void published(Published version) {
    List<Published> versions = byCode.computeIfAbsent(version.code(), c -> new ArrayList<>());
    if (versions.stream().noneMatch(v -> v.version() == version.version())) {
      versions.add(version);
    }
    retired.remove(version.code());
  }

  @Override
  public void retired(String code) {
    retired.add(code);
  }

  @Override
  public Optional<Published> find(String code, Integer version) {
    return byCode.getOrDefault(code, List.of()).stream()
        .filter(v -> version == null || v.version() == version)
        .max(Comparator.comparingInt(Published::version));
  }

  @Override
  public Optional<String> codeOf(String fhirUrl) {
    return byCode.values().stream()
        .flatMap(List::stream)
        .filter(v -> fhirUrl.equals(v.definition().fhirUrl()))
        .map(Published::code)
        .findFirst();
  }

  @Override
  public boolean isRetired(String code) {
    return retired.contains(code);
  }
}
