package health.journey.command.booking;

import health.journey.api.booking.DefineExamPackage;
import health.journey.api.booking.ExamPackageDefinition;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The exam packages on offer and their places taken per day, in memory. */
public final class InMemoryExamCatalogue implements ExamCatalogue {

  private final Map<String, ExamPackageDefinition> packages = new HashMap<>();
  private final Set<String> retired = new HashSet<>();
  private final Map<String, Integer> booked = new HashMap<>();

  /** Puts {@code definition} on offer, as staff would. */
  public void offer(ExamPackageDefinition definition) {
    defined(DefineExamPackage.idOf(definition.code()), definition);
  }

  /** The places of the package taken on the day. */
  public int booked(String code, LocalDate day) {
    return booked.getOrDefault(code + "@" + day, 0);
  }

  @Override
  public void defined(String packageId, ExamPackageDefinition definition) {
    packages.put(definition.code(), definition);
    retired.remove(definition.code());
  }

  @Override
  public void retired(String code) {
    retired.add(code);
  }

  @Override
  public Optional<ExamPackageDefinition> offered(String code) {
    return retired.contains(code) ? Optional.empty() : Optional.ofNullable(packages.get(code));
  }

  @Override
  public boolean claim(String code, LocalDate day, int capacity) {
    int taken = booked(code, day);
    if (taken >= capacity) {
      return false;
    }
    booked.put(code + "@" + day, taken + 1);
    return true;
  }

  @Override
  public void release(String code, LocalDate day) {
    booked.computeIfPresent(code + "@" + day, (key, taken) -> Math.max(0, taken - 1));
  }
}
