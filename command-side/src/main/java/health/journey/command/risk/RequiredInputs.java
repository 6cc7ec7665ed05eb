package health.journey.command.risk;

import java.util.ArrayList;
import java.util.List;

/** Collects the names of required inputs that are absent, in the order they are checked. */
final class RequiredInputs {

  private final List<String> missing = new ArrayList<>();

  RequiredInputs require(String name, Object value) {
    if (value == null) {
      missing.add(name);
    }
    return this;
  }

  List<String> missing() {
    return List.copyOf(missing);
  }

  /** A reason naming every missing input, or null when none is missing. */
  String reason() {
    return missing.isEmpty() ? null : "Missing required inputs: " + String.join(", ", missing);
  }

  /** A probability rounded to four decimals (0.01 percentage points), as the models report it. */
  static double roundProbability(double probability) {
    return Math.round(probability * 10_000d) / 10_000d;
  }

  /** Whether a measured quantity can enter a logarithm or a points table. */
  static boolean positiveFinite(double value) {
    return value > 0 && Double.isFinite(value);
  }
}
