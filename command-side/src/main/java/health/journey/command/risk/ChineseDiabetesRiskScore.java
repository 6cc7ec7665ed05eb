package health.journey.command.risk;

/**
 * The Chinese Diabetes Risk Score (New Chinese Diabetes Risk Score), a non-laboratory points score
 * for undiagnosed type 2 diabetes.
 *
 * <p>Source: Zhou X, Qiao Q, Ji L, Ning F, Yang W, Weng J, et al. "Nonlaboratory-based risk
 * assessment algorithm for undiagnosed type 2 diabetes developed on a nation-wide diabetes survey".
 * Diabetes Care. 2013;36(12):3944-3952. doi:10.2337/dc13-0593. The points below are the paper's
 * score sheet for age, sex, waist circumference (sex-specific), BMI, systolic blood pressure and
 * family history of diabetes; the paper derived it from people aged 20 to 74 and states that "the
 * score ranges from 0 to 51" and that its "optimal cutoff value" is 25.
 *
 * <p>Band: a total of 25 or more is high risk, for which the Chinese Diabetes Society guideline
 * that adopted the score (中华医学会糖尿病学分会《中国2型糖尿病防治指南（2017年版）》, 中华糖尿病杂志 2018;10(1):4-67, kept in the
 * 2020 edition) recommends an oral glucose tolerance test. Below 25 the result is {@link
 * RiskBand#BELOW_THRESHOLD}: the source defines no lower band.
 */
public final class ChineseDiabetesRiskScore {

  public static final String NAME = "chinese-diabetes-risk-score";
  public static final String VERSION = "chinese-diabetes-risk-score@2013";

  /** The ages the score was derived at (20 to 74 years). */
  public static final int MIN_AGE = 20;

  public static final int MAX_AGE = 74;

  /** A total at or above this is high risk. */
  public static final int HIGH_FROM = 25;

  public static final String BAND_EXPLANATION =
      "Chinese Diabetes Risk Score 0-51 points: >= 25 points is high risk of undiagnosed type 2"
          + " diabetes and screening with an oral glucose tolerance test is recommended; < 25 is"
          + " below that threshold. Cut-off: Zhou X, et al. Diabetes Care 2013;36(12):3944-3952"
          + " (optimal cut-off 25), as adopted by the Chinese Diabetes Society guideline for type 2"
          + " diabetes (2017 edition).";

  private ChineseDiabetesRiskScore() {}

  /** Computes the total points, or says why it cannot. */
  public static CdrsResult assess(CdrsInput input) {
    RequiredInputs required =
        new RequiredInputs()
            .require("sex", input.sex())
            .require("ageYears", input.ageYears())
            .require("waistCm", input.waistCm())
            .require("bmi", input.bmi())
            .require("systolicBpMmHg", input.systolicBpMmHg())
            .require("familyHistoryOfDiabetes", input.familyHistoryOfDiabetes());
    if (required.reason() != null) {
      return noScore(required, required.reason());
    }
    int age = input.ageYears();
    if (age < MIN_AGE || age > MAX_AGE) {
      return noScore(
          required,
          "Age "
              + age
              + " is outside the ages the score was derived at ("
              + MIN_AGE
              + " to "
              + MAX_AGE
              + ").");
    }
    double waist = input.waistCm();
    double bmi = input.bmi();
    double sbp = input.systolicBpMmHg();
    if (!RequiredInputs.positiveFinite(waist)
        || !RequiredInputs.positiveFinite(bmi)
        || !RequiredInputs.positiveFinite(sbp)) {
      return noScore(required, "Waist, BMI and systolic pressure must be positive.");
    }
    boolean male = input.sex() == Sex.MALE;
    int points =
        AGE.points(age)
            + (male ? MALE : 0)
            + (male ? MEN_WAIST : WOMEN_WAIST).points(waist)
            + BMI.points(bmi)
            + SBP.points(sbp)
            + (input.familyHistoryOfDiabetes() ? FAMILY_HISTORY : 0);
    return new CdrsResult(
        NAME, VERSION, points, band(points), required.missing(), null, BAND_EXPLANATION);
  }

  /** The band of a total score. */
  public static RiskBand band(int points) {
    return points >= HIGH_FROM ? RiskBand.HIGH : RiskBand.BELOW_THRESHOLD;
  }

  private static CdrsResult noScore(RequiredInputs required, String reason) {
    return new CdrsResult(NAME, VERSION, null, null, required.missing(), reason, BAND_EXPLANATION);
  }

  // Score sheet, age (years): 20-24 0, 25-34 4, 35-39 8, 40-44 11, 45-49 12, 50-54 13, 55-59 15,
  // 60-64 16, 65-74 18.
  private static final PointsTable AGE =
      PointsTable.of(0, 25, 4, 35, 8, 40, 11, 45, 12, 50, 13, 55, 15, 60, 16, 65, 18);

  // Score sheet, sex: female 0, male 2.
  private static final int MALE = 2;

  // Score sheet, waist circumference (cm), men / women: < 75.0 / < 70.0 0, 75.0-79.9 / 70.0-74.9
  // 3, 80.0-84.9 / 75.0-79.9 5, 85.0-89.9 / 80.0-84.9 7, 90.0-94.9 / 85.0-89.9 8,
  // >= 95.0 / >= 90.0 10.
  private static final PointsTable MEN_WAIST =
      PointsTable.of(0, 75, 3, 80, 5, 85, 7, 90, 8, 95, 10);
  private static final PointsTable WOMEN_WAIST =
      PointsTable.of(0, 70, 3, 75, 5, 80, 7, 85, 8, 90, 10);

  // Score sheet, BMI (kg/m²): < 22.0 0, 22.0-23.9 1, 24.0-29.9 3, >= 30.0 5.
  private static final PointsTable BMI = PointsTable.of(0, 22, 1, 24, 3, 30, 5);

  // Score sheet, systolic blood pressure (mmHg): < 110 0, 110-119 1, 120-129 3, 130-139 6,
  // 140-149 7, 150-159 8, >= 160 10.
  private static final PointsTable SBP =
      PointsTable.of(0, 110, 1, 120, 3, 130, 6, 140, 7, 150, 8, 160, 10);

  // Score sheet, family history of diabetes (parents, siblings, children): no 0, yes 6.
  private static final int FAMILY_HISTORY = 6;
}
