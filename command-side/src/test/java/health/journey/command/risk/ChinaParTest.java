package health.journey.command.risk;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.command.risk.ChinaParInput.Region;
import health.journey.command.risk.ChinaParInput.Residence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks against the Guideline on the assessment and management of cardiovascular risk in China
 * (中国心血管病风险评估和管理指南, Chinese Circulation Journal 2019;34(1):4-28): the bands of sections 1.2.2 and
 * 1.5.1, the inputs of section 1.2.1, and the worked example of Appendix 1.
 */
class ChinaParTest {

  /**
   * Appendix 1, section 1.2: a 40-year-old man living in a northern city, waist 80 cm, TC 5.2
   * mmol/L, HDL-C 1.3 mmol/L, blood pressure 145/80 mmHg without antihypertensive drugs, no
   * diabetes, non-smoker, with a family history of cardiovascular disease.
   */
  private static ChinaParInput guidelineExample() {
    return new ChinaParInput(
        Sex.MALE,
        40,
        145.0,
        false,
        5.2,
        1.3,
        false,
        false,
        80.0,
        Region.NORTH,
        Residence.URBAN,
        true);
  }

  @Test
  void theGuidelineExampleRiskOf4Point7PercentIsLow() {
    // Appendix 1, section 1.3: the example's 10-year risk is 4.7 %, "属于低危" (low risk).
    assertThat(ChinaPar.band(0.047)).isEqualTo(RiskBand.LOW);
  }

  @ParameterizedTest
  @CsvSource({
    "0.0499, LOW",
    "0.0500, MODERATE",
    "0.0990, MODERATE",
    "0.0999, MODERATE",
    "0.1000, HIGH",
    "0.0000, LOW",
    "0.5000, HIGH"
  })
  void bandsSplitAt5And10Percent(double risk, RiskBand expected) {
    // Section 1.2.2: >= 10.0 % high, 5.0 %-9.9 % moderate, < 5.0 % low.
    assertThat(ChinaPar.band(risk)).isEqualTo(expected);
  }

  @Test
  void aCompleteInputGetsNoScoreBecauseTheEquationIsNotImplemented() {
    ChinaParResult result = ChinaPar.assess(guidelineExample());

    assertThat(result.missingInputs()).isEmpty();
    assertThat(result.scored()).isFalse();
    assertThat(result.tenYearRisk()).isNull();
    assertThat(result.band()).isNull();
    assertThat(result.noScoreReason()).isEqualTo(ChinaPar.EQUATION_UNAVAILABLE);
    assertThat(result.model()).isEqualTo("china-par");
    assertThat(result.version()).isEqualTo("china-par@2016");
    assertThat(result.bandExplanation()).contains("< 5.0%", "5.0% to 9.9%", ">= 10.0%", "2019");
  }

  @Test
  void everyInputTheGuidelineListsIsRequiredAndNamedWhenMissing() {
    ChinaParResult result =
        ChinaPar.assess(
            new ChinaParInput(
                null, null, null, null, null, null, null, null, null, null, null, null));

    assertThat(result.missingInputs())
        .containsExactly(
            "sex",
            "ageYears",
            "systolicBpMmHg",
            "onBloodPressureTreatment",
            "totalCholesterolMmolL",
            "hdlCholesterolMmolL",
            "currentSmoker",
            "diabetes",
            "waistCm",
            "region",
            "residence",
            "familyHistoryOfAscvd");
    assertThat(result.scored()).isFalse();
    assertThat(result.noScoreReason()).contains("Missing required inputs", "waistCm", "region");
  }

  @Test
  void onlyTheAbsentInputsAreNamed() {
    ChinaParResult result =
        ChinaPar.assess(
            new ChinaParInput(
                Sex.FEMALE,
                50,
                130.0,
                false,
                5.0,
                1.4,
                false,
                false,
                null,
                Region.SOUTH,
                null,
                false));

    assertThat(result.missingInputs()).containsExactly("waistCm", "residence");
    assertThat(result.scored()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"34", "75", "20", "85"})
  void agesOutside35To74AreRefusedWithTheReason(int age) {
    ChinaParInput example = guidelineExample();
    ChinaParResult result =
        ChinaPar.assess(
            new ChinaParInput(
                example.sex(),
                age,
                example.systolicBpMmHg(),
                example.onBloodPressureTreatment(),
                example.totalCholesterolMmolL(),
                example.hdlCholesterolMmolL(),
                example.currentSmoker(),
                example.diabetes(),
                example.waistCm(),
                example.region(),
                example.residence(),
                example.familyHistoryOfAscvd()));

    assertThat(result.scored()).isFalse();
    assertThat(result.noScoreReason()).contains("Age " + age, "35 to 74");
  }
}
