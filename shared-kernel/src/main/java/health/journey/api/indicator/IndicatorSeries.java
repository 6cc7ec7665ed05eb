package health.journey.api.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A patient's values of one indicator over a period (历年指标趋势), oldest first, with what a trend chart
 * shows beside them: lowest and highest, the direction from the first value to the last, and the
 * change from year to year (the last value of each year against the year before).
 */
public record IndicatorSeries(String indicator, List<IndicatorValueView> values) {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public enum Direction {
    UP,
    DOWN,
    STABLE
  }

  /** The change between the last values of two consecutive years. */
  public record YearChange(
      int year, BigDecimal value, BigDecimal change, BigDecimal changePercent) {}

  public BigDecimal min() {
    return numbers().stream().min(BigDecimal::compareTo).orElse(null);
  }

  public BigDecimal max() {
    return numbers().stream().max(BigDecimal::compareTo).orElse(null);
  }

  /** UP or DOWN when the last value differs from the first by more than 1 %, else STABLE. */
  public Direction direction() {
    List<BigDecimal> numbers = numbers();
    if (numbers.size() < 2) {
      return null;
    }
    BigDecimal first = numbers.get(0);
    BigDecimal last = numbers.get(numbers.size() - 1);
    BigDecimal tolerance = first.abs().movePointLeft(2);
    int compared = last.subtract(first).abs().compareTo(tolerance);
    if (compared <= 0) {
      return Direction.STABLE;
    }
    return last.compareTo(first) > 0 ? Direction.UP : Direction.DOWN;
  }

  public List<YearChange> yearOverYear() {
    Map<Integer, BigDecimal> lastOfYear = new TreeMap<>();
    for (IndicatorValueView v : values) {
      if (v.value() != null && v.effectiveAt() != null) {
        lastOfYear.put(v.effectiveAt().atZone(CHINA).getYear(), v.value());
      }
    }
    List<YearChange> changes = new ArrayList<>();
    BigDecimal previous = null;
    for (Map.Entry<Integer, BigDecimal> year : lastOfYear.entrySet()) {
      BigDecimal change = previous == null ? null : year.getValue().subtract(previous);
      BigDecimal percent =
          previous == null || previous.signum() == 0
              ? null
              : change
                  .multiply(BigDecimal.valueOf(100))
                  .divide(previous.abs(), 1, RoundingMode.HALF_UP);
      changes.add(new YearChange(year.getKey(), year.getValue(), change, percent));
      previous = year.getValue();
    }
    return changes;
  }

  private List<BigDecimal> numbers() {
    return values.stream().map(IndicatorValueView::value).filter(v -> v != null).toList();
  }
}
