package health.journey.api.indicator;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A unit as the catalogue knows it: its UCUM code, its kind of quantity and where it sits against
 * the base unit of that kind: {@code base = (value + shift) × multiplier ÷ divisor}. The shift
 * exists for the Fahrenheit scale; the divisor keeps 5/9 exact.
 */
record Unit(
    String code, Dimension dimension, BigDecimal shift, BigDecimal multiplier, BigDecimal divisor) {

  /** Enough digits that rounding to an analyte's scale is the only rounding that shows. */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  static Unit of(String code, Dimension dimension, String multiplier) {
    return new Unit(code, dimension, BigDecimal.ZERO, new BigDecimal(multiplier), BigDecimal.ONE);
  }

  BigDecimal toBase(BigDecimal value) {
    return value.add(shift).multiply(multiplier).divide(divisor, PRECISION);
  }

  BigDecimal fromBase(BigDecimal base) {
    return base.multiply(divisor).divide(multiplier, PRECISION).subtract(shift);
  }

  /** True when a value in this unit is the same number in {@code other} (IU/L and U/L, say). */
  boolean sameScaleAs(Unit other) {
    return dimension == other.dimension
        && shift.compareTo(other.shift) == 0
        && multiplier.multiply(other.divisor).compareTo(other.multiplier.multiply(divisor)) == 0;
  }
}
