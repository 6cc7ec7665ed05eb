package health.journey.command.risk;

/**
 * The Framingham general cardiovascular disease (CVD) 10-year risk function.
 *
 * <p>Source: D'Agostino RB Sr, Vasan RS, Pencina MJ, Wolf PA, Cobain M, Massaro JM, Kannel WB.
 * "General cardiovascular risk profile for use in primary care: the Framingham Heart Study".
 * Circulation. 2008;117(6):743-753. doi:10.1161/CIRCULATIONAHA.107.699579.
 *
 * <p>The risk is the sex-specific Cox proportional-hazards function of the paper's Table 2
 * ("Regression Coefficients and Hazard Ratios"): {@code risk = 1 - S0(10) ^ exp(sum(beta * x) -
 * mean)}, where x are ln(age), ln(total cholesterol), ln(HDL cholesterol), ln(systolic blood
 * pressure) with a coefficient that depends on treatment, current smoking and diabetes; S0(10) is
 * the 10-year baseline survival and "mean" the mean of sum(beta * x) in the derivation sample, both
 * printed with Table 2. The outcome is a first CVD event (coronary death, myocardial infarction,
 * coronary insufficiency, angina, ischaemic or haemorrhagic stroke, transient ischaemic attack,
 * peripheral artery disease, heart failure), in people aged 30 to 74 free of CVD.
 *
 * <p>The points total and the heart (vascular) age come from the paper's points system: Table 5
 * (CVD points for women), Table 7 (CVD points for men), Table 9 (heart age for women) and Table 10
 * (heart age for men). Heart age is the age of a person of the same sex with the same predicted
 * risk but normal risk factor levels.
 *
 * <p>Bands (cut-offs applied to the reported, rounded risk): low below 10%, intermediate from 10%
 * to below 20%, high at 20% or more. These are the categories the Canadian Cardiovascular Society
 * dyslipidemia guidelines apply to this total-CVD Framingham score (Genest J, et al. Can J Cardiol.
 * 2009;25(10):567-579; Anderson TJ, et al. Can J Cardiol. 2013;29(2):151-167); the paper itself
 * does not define bands.
 */
public final class FraminghamGeneralCvd {

  public static final String NAME = "framingham-general-cvd";
  public static final String VERSION = "framingham-general-cvd@2008";

  /** The ages the function was derived at (the paper's study sample: 30 to 74 years). */
  public static final int MIN_AGE = 30;

  public static final int MAX_AGE = 74;

  public static final double INTERMEDIATE_FROM = 0.10;
  public static final double HIGH_FROM = 0.20;

  public static final String BAND_EXPLANATION =
      "10-year general CVD risk: low < 10%, intermediate 10% to < 20%, high >= 20%; categories of"
          + " the Canadian Cardiovascular Society dyslipidemia guidelines for the total-CVD"
          + " Framingham risk score (Genest J, et al. Can J Cardiol 2009;25(10):567-579; Anderson"
          + " TJ, et al. Can J Cardiol 2013;29(2):151-167). Risk function: D'Agostino RB Sr, et al."
          + " Circulation 2008;117:743-753, Table 2.";

  // Table 2, women (10-year baseline survival S0(10) = 0.95012).
  private static final Coefficients WOMEN =
      new Coefficients(
          2.32888, // log of age
          1.20904, // log of total cholesterol
          -0.70833, // log of HDL cholesterol
          2.76157, // log of SBP if not treated
          2.82263, // log of SBP if treated
          0.52873, // smoking
          0.69154, // diabetes
          0.95012, // S0(10)
          26.1931); // mean of sum(beta * x)

  // Table 2, men (10-year baseline survival S0(10) = 0.88936).
  private static final Coefficients MEN =
      new Coefficients(
          3.06117, // log of age
          1.12370, // log of total cholesterol
          -0.93263, // log of HDL cholesterol
          1.93303, // log of SBP if not treated
          1.99881, // log of SBP if treated
          0.65451, // smoking
          0.57367, // diabetes
          0.88936, // S0(10)
          23.9802); // mean of sum(beta * x)

  private FraminghamGeneralCvd() {}

  /** Computes the 10-year risk, the points total and the heart age, or says why it cannot. */
  public static FraminghamResult assess(FraminghamInput input) {
    RequiredInputs required =
        new RequiredInputs()
            .require("sex", input.sex())
            .require("ageYears", input.ageYears())
            .require("totalCholesterolMgDl", input.totalCholesterolMgDl())
            .require("hdlCholesterolMgDl", input.hdlCholesterolMgDl())
            .require("systolicBpMmHg", input.systolicBpMmHg())
            .require("onBloodPressureTreatment", input.onBloodPressureTreatment())
            .require("currentSmoker", input.currentSmoker())
            .require("diabetes", input.diabetes());
    if (required.reason() != null) {
      return noScore(required, required.reason());
    }
    int age = input.ageYears();
    if (age < MIN_AGE || age > MAX_AGE) {
      return noScore(
          required,
          "Age "
              + age
              + " is outside the ages the function was derived at ("
              + MIN_AGE
              + " to "
              + MAX_AGE
              + ").");
    }
    double totalCholesterol = input.totalCholesterolMgDl();
    double hdl = input.hdlCholesterolMgDl();
    double sbp = input.systolicBpMmHg();
    if (!RequiredInputs.positiveFinite(totalCholesterol)
        || !RequiredInputs.positiveFinite(hdl)
        || !RequiredInputs.positiveFinite(sbp)) {
      return noScore(
          required, "Total cholesterol, HDL cholesterol and systolic pressure must be positive.");
    }
    boolean treated = input.onBloodPressureTreatment();
    boolean smoker = input.currentSmoker();
    boolean diabetes = input.diabetes();

    Coefficients c = input.sex() == Sex.FEMALE ? WOMEN : MEN;
    double sum =
        c.lnAge() * Math.log(age)
            + c.lnTotalCholesterol() * Math.log(totalCholesterol)
            + c.lnHdl() * Math.log(hdl)
            + (treated ? c.lnSbpTreated() : c.lnSbpUntreated()) * Math.log(sbp)
            + (smoker ? c.smoking() : 0)
            + (diabetes ? c.diabetes() : 0);
    double risk =
        RequiredInputs.roundProbability(
            1 - Math.pow(c.baselineSurvival(), Math.exp(sum - c.meanSum())));

    int points = points(input.sex(), age, totalCholesterol, hdl, sbp, treated, smoker, diabetes);
    String heartAge = input.sex() == Sex.FEMALE ? womenHeartAge(points) : menHeartAge(points);
    return new FraminghamResult(
        NAME,
        VERSION,
        risk,
        band(risk),
        points,
        heartAge,
        required.missing(),
        null,
        BAND_EXPLANATION);
  }

  /** The band of a 10-year risk given as a probability. */
  public static RiskBand band(double tenYearRisk) {
    if (tenYearRisk >= HIGH_FROM) {
      return RiskBand.HIGH;
    }
    if (tenYearRisk >= INTERMEDIATE_FROM) {
      return RiskBand.INTERMEDIATE;
    }
    return RiskBand.LOW;
  }

  private static FraminghamResult noScore(RequiredInputs required, String reason) {
    return new FraminghamResult(
        NAME, VERSION, null, null, null, null, required.missing(), reason, BAND_EXPLANATION);
  }

  // Table 5, CVD points for women.
  private static final PointsTable WOMEN_AGE =
      PointsTable.of(0, 35, 2, 40, 4, 45, 5, 50, 7, 55, 8, 60, 9, 65, 10, 70, 11);
  private static final PointsTable WOMEN_TOTAL_CHOLESTEROL =
      PointsTable.of(0, 160, 1, 200, 3, 240, 4, 280, 5);
  private static final PointsTable WOMEN_SBP_UNTREATED =
      PointsTable.of(-3, 120, 0, 130, 1, 140, 2, 150, 4, 160, 5);
  private static final PointsTable WOMEN_SBP_TREATED =
      PointsTable.of(-1, 120, 2, 130, 3, 140, 5, 150, 6, 160, 7);
  private static final int WOMEN_SMOKER = 3;
  private static final int WOMEN_DIABETIC = 4;

  // Table 7, CVD points for men.
  private static final PointsTable MEN_AGE =
      PointsTable.of(0, 35, 2, 40, 5, 45, 6, 50, 8, 55, 10, 60, 11, 65, 12, 70, 14);
  private static final PointsTable MEN_TOTAL_CHOLESTEROL =
      PointsTable.of(0, 160, 1, 200, 2, 240, 3, 280, 4);
  private static final PointsTable MEN_SBP_UNTREATED =
      PointsTable.of(-2, 120, 0, 130, 1, 140, 2, 160, 3);
  private static final PointsTable MEN_SBP_TREATED =
      PointsTable.of(0, 120, 2, 130, 3, 140, 4, 160, 5);
  private static final int MEN_SMOKER = 4;
  private static final int MEN_DIABETIC = 3;

  // Tables 5 and 7, HDL (mg/dL), the same for both sexes: 60+ -2, 50-59 -1, 45-49 0, 35-44 1,
  // < 35 2.
  private static final PointsTable HDL = PointsTable.of(2, 35, 1, 45, 0, 50, -1, 60, -2);

  private static int points(
      Sex sex,
      int age,
      double totalCholesterol,
      double hdl,
      double sbp,
      boolean treated,
      boolean smoker,
      boolean diabetes) {
    boolean woman = sex == Sex.FEMALE;
    PointsTable sbpTable =
        woman
            ? (treated ? WOMEN_SBP_TREATED : WOMEN_SBP_UNTREATED)
            : (treated ? MEN_SBP_TREATED : MEN_SBP_UNTREATED);
    return (woman ? WOMEN_AGE : MEN_AGE).points(age)
        + (woman ? WOMEN_TOTAL_CHOLESTEROL : MEN_TOTAL_CHOLESTEROL).points(totalCholesterol)
        + HDL.points(hdl)
        + sbpTable.points(sbp)
        + (smoker ? (woman ? WOMEN_SMOKER : MEN_SMOKER) : 0)
        + (diabetes ? (woman ? WOMEN_DIABETIC : MEN_DIABETIC) : 0);
  }

  // Table 9, heart age for women: points 1 to 14; below 1 is "<30", 15 or more is ">80".
  private static final int[] WOMEN_HEART_AGE = {
    31, 34, 36, 39, 42, 45, 48, 51, 55, 59, 64, 68, 73, 79
  };

  // Table 10, heart age for men: points 0 to 16; below 0 is "<30", 17 or more is ">80".
  private static final int[] MEN_HEART_AGE = {
    30, 32, 34, 36, 38, 40, 42, 45, 48, 51, 54, 57, 60, 64, 68, 72, 76
  };

  private static String womenHeartAge(int points) {
    if (points < 1) {
      return "<30";
    }
    if (points >= 15) {
      return ">80";
    }
    return Integer.toString(WOMEN_HEART_AGE[points - 1]);
  }

  private static String menHeartAge(int points) {
    if (points < 0) {
      return "<30";
    }
    if (points >= 17) {
      return ">80";
    }
    return Integer.toString(MEN_HEART_AGE[points]);
  }

  private record Coefficients(
      double lnAge,
      double lnTotalCholesterol,
      double lnHdl,
      double lnSbpUntreated,
      double lnSbpTreated,
      double smoking,
      double diabetes,
      double baselineSurvival,
      double meanSum) {}
}
