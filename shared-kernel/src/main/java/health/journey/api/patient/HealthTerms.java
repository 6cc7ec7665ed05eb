package health.journey.api.patient;

import health.journey.api.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Short terms of a health record (a condition, an allergen, a medication): trimmed, unique,
 * bounded.
 */
public final class HealthTerms {

  static final int MAX_TERMS = 50;
  static final int MAX_TERM_LENGTH = 100;

  private HealthTerms() {}

  /** Null stays null (the list is not being changed); otherwise each term is checked. */
  public static List<String> validated(List<String> terms, String field) {
    if (terms == null) {
      return null;
    }
    InvalidInput.require(
        terms.size() <= MAX_TERMS, field, field + " may hold at most " + MAX_TERMS + " entries");
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String term : terms) {
      unique.add(InvalidInput.requireName(term, field + " entry", MAX_TERM_LENGTH));
    }
    return List.copyOf(new ArrayList<>(unique));
  }
}
