package health.journey.command.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks against the score sheet of Zhou X, et al. Diabetes Care 2013;36(12):3944-3952 (age, sex,
 * waist, BMI, systolic pressure, family history), its stated range of 0 to 51 points and its
 * cut-off of 25. Every expected total below is the sum read off the score sheet.
 */
class ChineseDiabetesRiskScoreTest {

  @Test
  void aTotalOfExactly25IsHighRisk() {
    // Man, 45 years (12), male (2), waist 86 cm (men 85.0-89.9: 7), BMI 23.0 (22.0-23.9: 1),
    // SBP 128 (120-129: 3), no family history (0): 25.
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.MALE, 45, 86.0, 23.0, 128.0, false));

    assertThat(result.points()).isEqualTo(25);
    assertThat(result.band()).isEqualTo(RiskBand.HIGH);
    assertThat(result.missingInputs()).isEmpty();
    assertThat(result.noScoreReason()).isNull();
    assertThat(result.model()).isEqualTo("chinese-diabetes-risk-score");
    assertThat(result.version()).isEqualTo("chinese-diabetes-risk-score@2013");
  }

  @Test
  void aTotalOf24IsBelowTheThreshold() {
    // Woman, 45 years (12), female (0), waist 86 cm (women 85.0-89.9: 8), BMI 23.0 (1),
    // SBP 128 (3), no family history (0): 24.
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.FEMALE, 45, 86.0, 23.0, 128.0, false));

    assertThat(result.points()).isEqualTo(24);
    assertThat(result.band()).isEqualTo(RiskBand.BELOW_THRESHOLD);
  }

  @Test
  void theHighestCategoriesAddUpToThePublishedMaximumOf51() {
    // 65-74 (18) + male (2) + waist >= 95.0 (10) + BMI >= 30.0 (5) + SBP >= 160 (10) + family
    // history (6) = 51, the top of the published range.
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.MALE, 70, 100.0, 31.0, 165.0, true));

    assertThat(result.points()).isEqualTo(51);
    assertThat(result.band()).isEqualTo(RiskBand.HIGH);
  }

  @Test
  void theLowestCategoriesAddUpToThePublishedMinimumOf0() {
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.FEMALE, 22, 65.0, 20.0, 105.0, false));

    assertThat(result.points()).isZero();
    assertThat(result.band()).isEqualTo(RiskBand.BELOW_THRESHOLD);
  }

  @Test
  void familyHistoryAdds6() {
    int without =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.FEMALE, 22, 65.0, 20.0, 105.0, false))
            .points();
    int with =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.FEMALE, 22, 65.0, 20.0, 105.0, true))
            .points();

    assertThat(with - without).isEqualTo(6);
  }

  // A woman with waist 60, BMI 20, SBP 100 and no family history scores 0 on every other row.
  @ParameterizedTest
  @CsvSource({
    "20, 0", "24, 0", "25, 4", "34, 4", "35, 8", "39, 8", "40, 11", "44, 11", "45, 12", "49, 12",
    "50, 13", "54, 13", "55, 15", "59, 15", "60, 16", "64, 16", "65, 18", "74, 18"
  })
  void agePointsFollowTheScoreSheet(int age, int expected) {
    assertThat(
            ChineseDiabetesRiskScore.assess(
                    new CdrsInput(Sex.FEMALE, age, 60.0, 20.0, 100.0, false))
                .points())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"21.9, 0", "22.0, 1", "23.9, 1", "24.0, 3", "29.9, 3", "30.0, 5", "35.0, 5"})
  void bmiPointsFollowTheScoreSheet(double bmi, int expected) {
    assertThat(
            ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.FEMALE, 20, 60.0, bmi, 100.0, false))
                .points())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "74.9, 0",
    "75.0, 3",
    "79.9, 3",
    "80.0, 5",
    "84.9, 5",
    "85.0, 7",
    "89.9, 7",
    "90.0, 8",
    "94.9, 8",
    "95.0, 10"
  })
  void menWaistPointsFollowTheScoreSheet(double waist, int expected) {
    // A man aged 20 also scores 2 for sex.
    assertThat(
            ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.MALE, 20, waist, 20.0, 100.0, false))
                .points())
        .isEqualTo(expected + 2);
  }

  @ParameterizedTest
  @CsvSource({
    "69.9, 0",
    "70.0, 3",
    "74.9, 3",
    "75.0, 5",
    "79.9, 5",
    "80.0, 7",
    "84.9, 7",
    "85.0, 8",
    "89.9, 8",
    "90.0, 10"
  })
  void womenWaistPointsFollowTheScoreSheet(double waist, int expected) {
    assertThat(
            ChineseDiabetesRiskScore.assess(
                    new CdrsInput(Sex.FEMALE, 20, waist, 20.0, 100.0, false))
                .points())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "109, 0", "110, 1", "119, 1", "120, 3", "129, 3", "130, 6", "139, 6", "140, 7", "149, 7",
    "150, 8", "159, 8", "160, 10", "190, 10"
  })
  void systolicPressurePointsFollowTheScoreSheet(double sbp, int expected) {
    assertThat(
            ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.FEMALE, 20, 60.0, 20.0, sbp, false))
                .points())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"24, BELOW_THRESHOLD", "25, HIGH", "0, BELOW_THRESHOLD", "51, HIGH"})
  void bandsSplitAt25Points(int points, RiskBand expected) {
    assertThat(ChineseDiabetesRiskScore.band(points)).isEqualTo(expected);
  }

  @Test
  void everyMissingInputIsNamedAndNothingIsScored() {
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(null, null, null, null, null, null));

    assertThat(result.missingInputs())
        .containsExactly(
            "sex", "ageYears", "waistCm", "bmi", "systolicBpMmHg", "familyHistoryOfDiabetes");
    assertThat(result.scored()).isFalse();
    assertThat(result.points()).isNull();
    assertThat(result.band()).isNull();
    assertThat(result.noScoreReason()).contains("Missing required inputs");
  }

  @Test
  void aMissingFamilyHistoryIsNotTakenAsNo() {
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.MALE, 45, 86.0, 23.0, 128.0, null));

    assertThat(result.missingInputs()).containsExactly("familyHistoryOfDiabetes");
    assertThat(result.scored()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"19", "75", "12", "80"})
  void agesOutside20To74AreNotScored(int age) {
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.MALE, age, 86.0, 23.0, 128.0, false));

    assertThat(result.scored()).isFalse();
    assertThat(result.noScoreReason()).contains("Age " + age, "20 to 74");
  }

  @Test
  void theExplanationGivesTheCutOffAndItsSource() {
    CdrsResult result =
        ChineseDiabetesRiskScore.assess(new CdrsInput(Sex.MALE, 45, 86.0, 23.0, 128.0, false));

    assertThat(result.bandExplanation())
        .contains(">= 25", "Diabetes Care 2013", "Chinese Diabetes Society");
  }
}
