package health.journey.command.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks against D'Agostino RB Sr, et al. Circulation 2008;117:743-753: Table 2 (coefficients and
 * hazard ratios) and the points system of Tables 5 to 10 (points, risk by points and heart age,
 * women and men).
 */
class FraminghamGeneralCvdTest {

  private static FraminghamInput woman61() {
    // 61-year-old woman, total cholesterol 180 mg/dL, HDL 47 mg/dL, untreated SBP 124 mmHg,
    // smoker, no diabetes.
    return new FraminghamInput(Sex.FEMALE, 61, 180.0, 47.0, 124.0, false, true, false);
  }

  private static FraminghamInput man53() {
    // 53-year-old man, total cholesterol 161 mg/dL, HDL 55 mg/dL, treated SBP 125 mmHg,
    // non-smoker, diabetes.
    return new FraminghamInput(Sex.MALE, 53, 161.0, 55.0, 125.0, true, false, true);
  }

  @Test
  void womanPointsHeartAgeAndRiskAgreeWithTables5_6And9() {
    FraminghamResult result = FraminghamGeneralCvd.assess(woman61());

    // Table 5: age 60-64 = 9, HDL 45-49 = 0, total cholesterol 160-199 = 1, SBP not treated
    // 120-129 = 0, smoker = 3, no diabetes = 0; total 13.
    assertThat(result.points()).isEqualTo(13);
    // Table 9: 13 points = heart age 73.
    assertThat(result.heartAge()).isEqualTo("73");
    // Table 6: 13 points = 10.0 %. The points system rounds each factor to a category, so the Cox
    // function of Table 2 is held to within half a percentage point of it.
    assertThat(result.tenYearRisk()).isCloseTo(0.100, within(0.005));
    assertThat(result.band()).isEqualTo(RiskBand.INTERMEDIATE);
    assertThat(result.missingInputs()).isEmpty();
    assertThat(result.noScoreReason()).isNull();
    assertThat(result.model()).isEqualTo("framingham-general-cvd");
    assertThat(result.version()).isEqualTo("framingham-general-cvd@2008");
  }

  @Test
  void manPointsHeartAgeAndRiskAgreeWithTables7_8And10() {
    FraminghamResult result = FraminghamGeneralCvd.assess(man53());

    // Table 7: age 50-54 = 8, HDL 50-59 = -1, total cholesterol 160-199 = 1, SBP treated 120-129
    // = 2, non-smoker = 0, diabetes = 3; total 13.
    assertThat(result.points()).isEqualTo(13);
    // Table 10: 13 points = heart age 64.
    assertThat(result.heartAge()).isEqualTo("64");
    // Table 8: 13 points = 15.6 %.
    assertThat(result.tenYearRisk()).isCloseTo(0.156, within(0.005));
    assertThat(result.band()).isEqualTo(RiskBand.INTERMEDIATE);
  }

  @Test
  void ageCoefficientReproducesTheHazardRatioOfTable2() {
    // Table 2, men: log of age, beta 3.06117, hazard ratio 21.35 per unit of ln(age). Between ages
    // 40 and 60 (other factors equal) the cumulative hazards, -ln(1 - risk), differ by
    // 21.35^ln(60/40).
    double risk40 =
        FraminghamGeneralCvd.assess(
                new FraminghamInput(Sex.MALE, 40, 200.0, 50.0, 130.0, false, false, false))
            .tenYearRisk();
    double risk60 =
        FraminghamGeneralCvd.assess(
                new FraminghamInput(Sex.MALE, 60, 200.0, 50.0, 130.0, false, false, false))
            .tenYearRisk();

    double hazardRatio = Math.log(1 - risk60) / Math.log(1 - risk40);

    assertThat(hazardRatio).isCloseTo(Math.pow(21.35, Math.log(1.5)), within(0.02));
  }

  @Test
  void lowestPointsGiveHeartAgeBelow30AndRiskBelowOnePercent() {
    // Table 7: age 30-34 = 0, total cholesterol < 160 = 0, HDL 60+ = -2, SBP not treated < 120 =
    // -2; total -4. Table 8: -3 or less = risk < 1 %. Table 10: below 0 = heart age < 30.
    FraminghamResult man =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(Sex.MALE, 30, 150.0, 65.0, 110.0, false, false, false));
    assertThat(man.points()).isEqualTo(-4);
    assertThat(man.heartAge()).isEqualTo("<30");
    assertThat(man.tenYearRisk()).isLessThan(0.01);
    assertThat(man.band()).isEqualTo(RiskBand.LOW);

    // Table 5: age 30-34 = 0, total cholesterol < 160 = 0, HDL 60+ = -2, SBP not treated < 120 =
    // -3; total -5. Table 6: -2 or less = risk < 1 %. Table 9: below 1 = heart age < 30.
    FraminghamResult woman =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(Sex.FEMALE, 30, 150.0, 65.0, 110.0, false, false, false));
    assertThat(woman.points()).isEqualTo(-5);
    assertThat(woman.heartAge()).isEqualTo("<30");
    assertThat(woman.tenYearRisk()).isLessThan(0.01);
  }

  @Test
  void highestPointsGiveHeartAgeAbove80AndRiskAbove30Percent() {
    // Table 5: age 70-74 = 11, total cholesterol 280+ = 5, HDL < 35 = 2, SBP treated 160+ = 7,
    // smoker = 3, diabetes = 4; total 32. Table 6: 21+ = risk > 30 %. Table 9: 15+ = > 80.
    FraminghamResult result =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(Sex.FEMALE, 70, 290.0, 30.0, 170.0, true, true, true));

    assertThat(result.points()).isEqualTo(32);
    assertThat(result.heartAge()).isEqualTo(">80");
    assertThat(result.tenYearRisk()).isGreaterThan(0.30);
    assertThat(result.band()).isEqualTo(RiskBand.HIGH);
  }

  @ParameterizedTest
  @CsvSource({
    "0.0999, LOW",
    "0.1000, INTERMEDIATE",
    "0.1999, INTERMEDIATE",
    "0.2000, HIGH",
    "0.0000, LOW",
    "1.0000, HIGH"
  })
  void bandsSplitAt10And20Percent(double risk, RiskBand expected) {
    assertThat(FraminghamGeneralCvd.band(risk)).isEqualTo(expected);
  }

  @Test
  void theBandIsThatOfTheReportedRisk() {
    FraminghamResult result = FraminghamGeneralCvd.assess(man53());

    assertThat(result.band()).isEqualTo(FraminghamGeneralCvd.band(result.tenYearRisk()));
    assertThat(result.bandExplanation())
        .contains("low < 10%", "intermediate 10% to < 20%", "high >= 20%", "Can J Cardiol");
  }

  @Test
  void everyMissingInputIsNamedAndNothingIsScored() {
    FraminghamResult result =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(null, null, null, null, null, null, null, null));

    assertThat(result.missingInputs())
        .containsExactly(
            "sex",
            "ageYears",
            "totalCholesterolMgDl",
            "hdlCholesterolMgDl",
            "systolicBpMmHg",
            "onBloodPressureTreatment",
            "currentSmoker",
            "diabetes");
    assertThat(result.scored()).isFalse();
    assertThat(result.tenYearRisk()).isNull();
    assertThat(result.band()).isNull();
    assertThat(result.points()).isNull();
    assertThat(result.heartAge()).isNull();
    assertThat(result.noScoreReason()).contains("Missing required inputs", "sex", "diabetes");
  }

  @Test
  void aMissingTreatmentOrSmokingStatusIsNotTakenAsNo() {
    FraminghamResult result =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(Sex.MALE, 53, 161.0, 55.0, 125.0, null, null, true));

    assertThat(result.missingInputs()).containsExactly("onBloodPressureTreatment", "currentSmoker");
    assertThat(result.scored()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"29", "75", "18", "90"})
  void agesOutside30To74AreNotScored(int age) {
    FraminghamResult result =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(Sex.FEMALE, age, 180.0, 47.0, 124.0, false, true, false));

    assertThat(result.scored()).isFalse();
    assertThat(result.missingInputs()).isEmpty();
    assertThat(result.noScoreReason()).contains("Age " + age, "30 to 74");
  }

  @ParameterizedTest
  @CsvSource({"30", "74"})
  void agesAtTheEndsOfTheRangeAreScored(int age) {
    FraminghamResult result =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(Sex.FEMALE, age, 180.0, 47.0, 124.0, false, true, false));

    assertThat(result.scored()).isTrue();
  }

  @Test
  void nonPositiveMeasurementsAreNotScored() {
    FraminghamResult result =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(Sex.MALE, 53, 161.0, 0.0, 125.0, true, false, true));

    assertThat(result.scored()).isFalse();
    assertThat(result.noScoreReason()).contains("must be positive");
  }
}
