package health.journey.api.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Critical (panic) limits of an analyte, in its canonical unit: a value strictly below {@code
 * below} or strictly above {@code above} is critical. Either limit may be absent.
 */
public record CriticalLimits(BigDecimal below, BigDecimal above, String source) {

  public CriticalLimits {
    if (below == null && above == null) {
      throw new IllegalArgumentException("critical limits need at least one limit");
    }
    Objects.requireNonNull(source, "source");
  }

  static CriticalLimits of(String below, String above, String source) {
    return new CriticalLimits(
        below == null ? null : new BigDecimal(below),
        above == null ? null : new BigDecimal(above),
        source);
  }

  /** The critical flag for a value, or null when the value is not critical. */
  public Flag classify(BigDecimal value) {
    if (below != null && value.compareTo(below) < 0) {
      return Flag.CRITICAL_LOW;
    }
    if (above != null && value.compareTo(above) > 0) {
      return Flag.CRITICAL_HIGH;
    }
    return null;
  }
}
