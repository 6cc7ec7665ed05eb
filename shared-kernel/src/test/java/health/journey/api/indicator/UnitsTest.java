package health.journey.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void spellingsFoldToOneKey() {
    assertThat(Units.key("×10⁹/L")).isEqualTo("10*9/l");
    assertThat(Units.key("x10E9/L")).isEqualTo("10*9/l");
    assertThat(Units.key("10^12/L")).isEqualTo("10*12/l");
    assertThat(Units.key("kg/m²")).isEqualTo("kg/m2");
    assertThat(Units.key("\u00b5mol/L")).isEqualTo("umol/l");
    assertThat(Units.key("\u03bcmol/L")).isEqualTo("umol/l");
    assertThat(Units.key("℃")).isEqualTo("°c");
    assertThat(Units.key(" mm Hg ")).isEqualTo("mmhg");
  }

  @Test
  void aPowerOfTenIsNotReadAsDigits() {
    // NFKC alone would turn 10⁹ into 109.
    assertThat(Units.parse("10⁹/L")).contains(Units.PER_NL);
    assertThat(Units.parse("109/L")).isEmpty();
  }

  @Test
  void emptySpellingsAreNotParsed() {
    assertThat(Units.parse("")).isEmpty();
    assertThat(Units.parse(" ")).isEmpty();
    assertThat(Units.parse(null)).isEmpty();
  }

  @Test
  void caseFoldingCanMisreadAUnitOnlyAsAnotherKindWhichIsThenRefused() {
    // G/L (giga per litre, French counts) folds to g/L and mM (millimolar) to mm: both are then
    // of the wrong kind for the analyte and refused, never converted.
    assertThatThrownBy(() -> Indicators.WBC.convert(BigDecimal.TEN, "G/L"))
        .isInstanceOf(UnitNotAccepted.class);
    assertThatThrownBy(() -> Indicators.GLUCOSE.convert(BigDecimal.TEN, "mM"))
        .isInstanceOf(UnitNotAccepted.class);
  }
}
