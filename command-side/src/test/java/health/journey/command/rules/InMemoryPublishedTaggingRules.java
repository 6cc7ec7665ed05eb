package health.journey.command.rules;

import health.journey.api.rules.TaggingRuleDefinition;
import health.journey.api.rules.TaggingRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The published tagging-rule versions in memory, as the database registry keeps them: a version
 * once kept never changes, a retired rule is not in force, publishing brings it back.
 */
public final class InMemoryPublishedTaggingRules implements PublishedTaggingRules {

  private final List<Version> versions = new ArrayList<>();
  private final Set<String> retired = new HashSet<>();

  /** Publishes {@code definition} as its rule's next version, as staff would. */
  public Version publish(TaggingRuleDefinition definition) {
    int next =
        versions.stream()
                .filter(v -> v.code().equals(definition.code()))
                .mapToInt(Version::version)
                .max()
                .orElse(0)
            + 1;
    Version version = new Version(definition.code(), next, definition);
    published(TaggingRules.idOf(definition.code()), version);
    return version;
  }

  /** Every version kept, in the order they were published. */
  public List<Version> versions() {
    return List.copyOf(versions);
  }

  @Override
  public void published(String ruleId, Version version) {
    if (versions.stream()
        .noneMatch(v -> v.code().equals(version.code()) && v.version() == version.version())) {
      versions.add(version);
    }
    retired.remove(version.code());
  }

  @Override
  public void retired(String code) {
    retired.add(code);
  }

  @Override
  public List<Version> inForce() {
    return versions.stream()
        .map(Version::code)
        .distinct()
        .filter(code -> !retired.contains(code))
        .map(code -> latest(code).orElseThrow())
        .toList();
  }

  @Override
  public Optional<Version> latest(String code) {
    return versions.stream()
        .filter(v -> v.code().equals(code))
        .max(Comparator.comparingInt(Version::version));
  }
}
