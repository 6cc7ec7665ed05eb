package health.journey.api.indicator;

import health.journey.api.patient.Sex;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One adult reference range of an analyte, in its canonical unit, with the population it applies to
 * and the publication it comes from.
 *
 * <p>The lower limit is inclusive. The upper limit is inclusive for intervals printed as "9–50"
 * (WS/T 404, WS/T 405) and exclusive for guideline cut-offs stated as "≥ 140 is high" ({@code
 * highInclusive} false). A null {@code sex} applies to both sexes; null ages mean no bound.
 */
public record ReferenceRange(
    BigDecimal low,
    BigDecimal high,
    boolean highInclusive,
    Sex sex,
    Integer minAge,
    Integer maxAge,
    String source) {

  public ReferenceRange {
    if (low == null && high == null) {
      throw new IllegalArgumentException("a reference range needs at least one limit");
    }
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new IllegalArgumentException("reference range " + low + " > " + high);
    }
    if (sex != null && sex != Sex.MALE && sex != Sex.FEMALE) {
      throw new IllegalArgumentException("a reference range is for MALE, FEMALE or both (null)");
    }
    Objects.requireNonNull(source, "source");
  }

  /** Printed interval {@code low–high}, both ends normal. */
  static ReferenceRange between(String low, String high, String source) {
    return new ReferenceRange(
        new BigDecimal(low), new BigDecimal(high), true, null, null, null, source);
  }

  /** Guideline band {@code low ≤ value < high}. */
  static ReferenceRange fromUpTo(String low, String highExclusive, String source) {
    return new ReferenceRange(
        new BigDecimal(low), new BigDecimal(highExclusive), false, null, null, null, source);
  }

  /** Guideline cut-off: values at or above {@code highExclusive} are high; no lower limit. */
  static ReferenceRange below(String highExclusive, String source) {
    return new ReferenceRange(null, new BigDecimal(highExclusive), false, null, null, null, source);
  }

  /** Upper limit that is itself normal; no lower limit. */
  static ReferenceRange atMost(String high, String source) {
    return new ReferenceRange(null, new BigDecimal(high), true, null, null, null, source);
  }

  /** Values below {@code low} are low; no upper limit. */
  static ReferenceRange atLeast(String low, String source) {
    return new ReferenceRange(new BigDecimal(low), null, true, null, null, null, source);
  }

  ReferenceRange forSex(Sex only) {
    return new ReferenceRange(low, high, highInclusive, only, minAge, maxAge, source);
  }

  ReferenceRange forAges(int from, int to) {
    return new ReferenceRange(low, high, highInclusive, sex, from, to, source);
  }

  /** LOW, NORMAL or HIGH for a value in the canonical unit. */
  public Flag classify(BigDecimal value) {
    if (low != null && value.compareTo(low) < 0) {
      return Flag.LOW;
    }
    if (high != null) {
      int against = value.compareTo(high);
      if (against > 0 || (against == 0 && !highInclusive)) {
        return Flag.HIGH;
      }
    }
    return Flag.NORMAL;
  }

  /** Whether the range can apply to someone of this sex and age (null: not known). */
  boolean couldApplyTo(Sex someone, Integer ageYears) {
    boolean sexKnown = someone == Sex.MALE || someone == Sex.FEMALE;
    boolean sexFits = sex == null || !sexKnown || sex == someone;
    boolean ageFits =
        ageYears == null
            || ((minAge == null || ageYears >= minAge) && (maxAge == null || ageYears <= maxAge));
    return sexFits && ageFits;
  }
}
