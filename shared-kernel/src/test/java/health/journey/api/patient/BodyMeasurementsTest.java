package health.journey.api.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BodyMeasurementsTest {

  @Test
  void bmiIsWeightOverHeightSquaredToOneDecimal() {
    // WHO example: 70 kg at 1.75 m is 22.9
    assertThat(
            BodyMeasurements.validated(new BigDecimal("175"), new BigDecimal("70"), null, null)
                .bmi())
        .isEqualByComparingTo("22.9");
    // 79.5 kg at 1.65 m: 29.20..., obese by the Chinese threshold (BMI ≥ 28)
    assertThat(
            BodyMeasurements.validated(new BigDecimal("165"), new BigDecimal("79.5"), null, null)
                .bmi())
        .isEqualByComparingTo("29.2");
  }

  @Test
  void withoutHeightThereIsNoBmi() {
    assertThat(BodyMeasurements.validated(null, new BigDecimal("70"), null, null).bmi()).isNull();
  }

  @Test
  void implausibleValuesAreRefused() {
    assertThatThrownBy(() -> BodyMeasurements.validated(new BigDecimal("1750"), null, null, null))
        .hasMessage("measurements.heightCm must be between 30 and 260");
  }
}
