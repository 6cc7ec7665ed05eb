package health.journey.command.risk;

/**
 * China-PAR 10-year risk of atherosclerotic cardiovascular disease (ASCVD): inputs, validity and
 * risk bands. <b>The risk equation itself is not implemented</b>, so {@link #assess} never returns
 * a score; see below.
 *
 * <p>Model: Yang X, Li J, Hu D, Chen J, Li Y, Huang J, et al. "Predicting the 10-Year Risks of
 * Atherosclerotic Cardiovascular Disease in Chinese Population: The China-PAR Project (Prediction
 * for ASCVD Risk in China)". Circulation. 2016;134(19):1430-1440.
 * doi:10.1161/CIRCULATIONAHA.116.022367. Sex-specific Cox equations derived from people aged 35 to
 * 74; the coefficients, mean values and baseline survival are in the paper's online supplement
 * (Supplemental Tables 1 and 2).
 *
 * <p>Why no score: a copy of the supplement's coefficient table could not be obtained and checked
 * when this was written. The supplement is reported to print the coefficients to two decimals only,
 * which by itself does not reproduce the paper's own worked examples (Table 2); a risk from
 * coefficients that cannot be traced to the publication would be a guess, and this service does not
 * compute one. Until the coefficients are added from the publication, {@link #assess} checks the
 * inputs and says why no risk is given; a risk obtained elsewhere (for example from the project's
 * own calculator) can be banded with {@link #band(double)}.
 *
 * <p>Inputs: the guideline's list of what the model needs (section 1.2.1 of the guideline below):
 * sex, age, residence (urban or rural), region (north or south of the Yangtze River), waist
 * circumference, total cholesterol, HDL cholesterol, current blood pressure, antihypertensive
 * treatment, diabetes, current smoking and family history of cardiovascular disease.
 *
 * <p>Bands: 中国心血管病风险评估和管理指南编写联合委员会《中国心血管病风险评估和管理指南》 (Guideline on the assessment and management of
 * cardiovascular risk in China). 中国循环杂志 (Chinese Circulation Journal) 2019;34(1):4-28; also
 * 中华预防医学杂志 2019;53(1):13-35, doi:10.3760/cma.j.issn.0253-9624.2019.01.004. Section 1.2.2: "如果心血管病
 * 10 年风险≥10.0%，视为 心血管病高危，10 年风险为 5.0%~9.9% 视为中危，<5.0% 为低危。" (repeated in section 1.5.1 and in
 * Appendix 1).
 */
public final class ChinaPar {

  public static final String NAME = "china-par";
  public static final String VERSION = "china-par@2016";

  /** The ages the equations were derived at (35 to 74 years). */
  public static final int MIN_AGE = 35;

  public static final int MAX_AGE = 74;

  public static final double MODERATE_FROM = 0.05;
  public static final double HIGH_FROM = 0.10;

  public static final String BAND_EXPLANATION =
      "China-PAR 10-year ASCVD risk: low < 5.0%, moderate 5.0% to 9.9%, high >= 10.0%."
          + " Source: Guideline on the assessment and management of cardiovascular risk in China"
          + " (中国心血管病风险评估和管理指南), Chinese Circulation Journal 2019;34(1):4-28, section"
          + " 1.2.2: \"如果心血管病 10 年风险≥10.0%，视为心血管病高危，10 年风险为 5.0%~9.9% 视为中危，"
          + "<5.0% 为低危。\"";

  public static final String EQUATION_UNAVAILABLE =
      "The China-PAR risk equation is not implemented: its coefficients (Yang X, et al."
          + " Circulation 2016;134:1430-1440, Supplemental Table 1) have not been verified against"
          + " the publication, and no risk is computed from unverified coefficients.";

  private ChinaPar() {}

  /**
   * Checks the inputs against what the model needs and the ages it was derived at. Always returns
   * no score: with missing inputs or an age out of range it says so, otherwise it gives {@link
   * #EQUATION_UNAVAILABLE}.
   */
  public static ChinaParResult assess(ChinaParInput input) {
    RequiredInputs required =
        new RequiredInputs()
            .require("sex", input.sex())
            .require("ageYears", input.ageYears())
            .require("systolicBpMmHg", input.systolicBpMmHg())
            .require("onBloodPressureTreatment", input.onBloodPressureTreatment())
            .require("totalCholesterolMmolL", input.totalCholesterolMmolL())
            .require("hdlCholesterolMmolL", input.hdlCholesterolMmolL())
            .require("currentSmoker", input.currentSmoker())
            .require("diabetes", input.diabetes())
            .require("waistCm", input.waistCm())
            .require("region", input.region())
            .require("residence", input.residence())
            .require("familyHistoryOfAscvd", input.familyHistoryOfAscvd());
    if (required.reason() != null) {
      return noScore(required, required.reason());
    }
    int age = input.ageYears();
    if (age < MIN_AGE || age > MAX_AGE) {
      return noScore(
          required,
          "Age "
              + age
              + " is outside the ages the equations were derived at ("
              + MIN_AGE
              + " to "
              + MAX_AGE
              + ").");
    }
    if (!RequiredInputs.positiveFinite(input.systolicBpMmHg())
        || !RequiredInputs.positiveFinite(input.totalCholesterolMmolL())
        || !RequiredInputs.positiveFinite(input.hdlCholesterolMmolL())
        || !RequiredInputs.positiveFinite(input.waistCm())) {
      return noScore(
          required,
          "Systolic pressure, total and HDL cholesterol and waist circumference must be positive.");
    }
    return noScore(required, EQUATION_UNAVAILABLE);
  }

  /**
   * The guideline band of a China-PAR 10-year risk given as a probability. The guideline states its
   * cut-offs to one decimal of a percent (5.0% and 10.0%).
   */
  public static RiskBand band(double tenYearRisk) {
    if (tenYearRisk >= HIGH_FROM) {
      return RiskBand.HIGH;
    }
    if (tenYearRisk >= MODERATE_FROM) {
      return RiskBand.MODERATE;
    }
    return RiskBand.LOW;
  }

  private static ChinaParResult noScore(RequiredInputs required, String reason) {
    return new ChinaParResult(
        NAME, VERSION, null, null, required.missing(), reason, BAND_EXPLANATION);
  }
}
