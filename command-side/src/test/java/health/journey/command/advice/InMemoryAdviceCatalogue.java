package health.journey.command.advice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Advice items in memory, for the patient stream's tests. */
public final class InMemoryAdviceCatalogue implements AdviceCatalogue {

  private final List<Version> versions = new ArrayList<>();
  private final Set<String> retired = new HashSet<>();

  @Override
  public void defined(String itemId, Version version) {
    versions.add(version);
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
        .max(java.util.Comparator.comparingInt(Version::version));
  }
}
