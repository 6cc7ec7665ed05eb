package health.journey.api.indicator;

import java.math.BigDecimal;

/**
 * A conversion between two kinds of quantity that only holds for one analyte: {@code to = from ×
 * multiplier ÷ divisor + offset}, with {@code from} and {@code to} in the units named here. The
 * factors are the ones the published tables print, so each can be checked against its source.
 */
record Bridge(Unit from, Unit to, BigDecimal multiplier, BigDecimal divisor, BigDecimal offset) {

  static Bridge multiply(Unit from, Unit to, String factor) {
    return new Bridge(from, to, new BigDecimal(factor), BigDecimal.ONE, BigDecimal.ZERO);
  }

  static Bridge divide(Unit from, Unit to, String divisor) {
    return new Bridge(from, to, BigDecimal.ONE, new BigDecimal(divisor), BigDecimal.ZERO);
  }

  static Bridge linear(Unit from, Unit to, String factor, String offset) {
    return new Bridge(from, to, new BigDecimal(factor), BigDecimal.ONE, new BigDecimal(offset));
  }

  BigDecimal apply(BigDecimal value) {
    return value.multiply(multiplier).divide(divisor, Unit.PRECISION).add(offset);
  }
}
