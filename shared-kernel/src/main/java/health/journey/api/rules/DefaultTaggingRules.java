package health.journey.api.rules;

import static health.journey.api.rules.Condition.Comparison.AT_LEAST;
import static health.journey.api.rules.Condition.Comparison.BELOW;

import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import health.journey.api.rules.Condition.AllOf;
import health.journey.api.rules.Condition.AnyOf;
import health.journey.api.rules.Condition.Indicator;
import health.journey.api.rules.Condition.RecordField;
import health.journey.api.rules.Condition.RecordMentions;
import health.journey.api.rules.Condition.Score;
import health.journey.api.rules.Condition.Smoking;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rule set the product ships and publishes at first start, each rule with the guideline its
 * thresholds come from. Indicator values count for a year; questionnaire totals for 90 days.
 */
public final class DefaultTaggingRules {

  /** How long a lab or body measurement counts for a rule. */
  static final int YEAR = 365;

  /** How long a questionnaire total counts (the PHQ-9 and GAD-7 ask about the last two weeks). */
  static final int QUARTER = 90;

  private static final String HYPERTENSION_2018 =
      "中国高血压防治指南（2018年修订版）: hypertension is SBP ≥140 mmHg and/or DBP ≥90 mmHg without"
          + " antihypertensive medication; a patient on antihypertensive medication with normal"
          + " readings still has hypertension";
  private static final String DIABETES_2020 =
      "中国2型糖尿病防治指南（2020年版）: fasting plasma glucose 6.1 to <7.0 mmol/L is impaired fasting"
          + " glucose; ≥7.0 mmol/L, or HbA1c ≥6.5%, is in the diabetic range (a diagnosis needs a"
          + " confirming test on another day)";
  private static final String LIPIDS_2016 =
      "中国成人血脂异常防治指南（2016年修订版）: TC ≥6.2, LDL-C ≥4.1, TG ≥2.3 mmol/L are raised, HDL-C"
          + " <1.0 mmol/L is low (the cut points kept by 中国血脂管理指南（2023年）)";
  private static final String WEIGHT_2013 =
      "WS/T 428-2013 成人体重判定: BMI 24.0 to <28.0 kg/m² is overweight, ≥28.0 obese; waist ≥90 cm"
          + " (men) or ≥85 cm (women) is central obesity";
  private static final String PHQ9_2001 =
      "Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16:606-613: a PHQ-9 total of 10"
          + " or more (moderate and above) had 88% sensitivity and 88% specificity for major"
          + " depression";
  private static final String GAD7_2006 =
      "Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166:1092-1097: a GAD-7"
          + " total of 10 or more (moderate and above) is the cut point for generalised anxiety"
          + " disorder (sensitivity 89%, specificity 82%)";
  private static final String SMOKING =
      "中国临床戒烟指南（2015年版）: a current smoker is offered cessation advice at every visit";

  /** Antihypertensives named in 中国高血压防治指南（2018年修订版）, in Chinese and English. */
  static final List<String> ANTIHYPERTENSIVES =
      List.of(
          "降压",
          "氨氯地平",
          "硝苯地平",
          "非洛地平",
          "缬沙坦",
          "氯沙坦",
          "厄贝沙坦",
          "替米沙坦",
          "坎地沙坦",
          "依那普利",
          "贝那普利",
          "培哚普利",
          "卡托普利",
          "美托洛尔",
          "比索洛尔",
          "氢氯噻嗪",
          "吲达帕胺",
          "amlodipine",
          "nifedipine",
          "felodipine",
          "valsartan",
          "losartan",
          "irbesartan",
          "telmisartan",
          "candesartan",
          "enalapril",
          "benazepril",
          "perindopril",
          "captopril",
          "metoprolol",
          "bisoprolol",
          "hydrochlorothiazide",
          "indapamide");

  private DefaultTaggingRules() {}

  /** The antihypertensives a medication list is searched for. */
  public static List<String> antihypertensives() {
    return ANTIHYPERTENSIVES;
  }

  public static List<TaggingRuleDefinition> all() {
    return List.of(
        new TaggingRuleDefinition(
            "hypertension",
            "hypertension",
            "高血压: a blood pressure of 140/90 mmHg or more taken in the last year, or"
                + " antihypertensive medication in the health record",
            HYPERTENSION_2018,
            new AnyOf(
                List.of(
                    indicator("SYSTOLIC_BP", AT_LEAST, "140", YEAR, null),
                    indicator("DIASTOLIC_BP", AT_LEAST, "90", YEAR, null),
                    new RecordMentions(RecordField.MEDICATIONS, ANTIHYPERTENSIVES)))),
        new TaggingRuleDefinition(
            "hyperglycaemia",
            "hyperglycaemia",
            "高血糖: a fasting plasma glucose of 6.1 mmol/L or more in the last year",
            DIABETES_2020,
            indicator("FASTING_GLUCOSE", AT_LEAST, "6.1", YEAR, null)),
        new TaggingRuleDefinition(
            "diabetic-range-glucose",
            "diabetic-range glucose",
            "血糖达糖尿病诊断切点: a fasting plasma glucose of 7.0 mmol/L or more, or an HbA1c of 6.5% or"
                + " more, in the last year; to be confirmed by a clinician",
            DIABETES_2020,
            new AnyOf(
                List.of(
                    indicator("FASTING_GLUCOSE", AT_LEAST, "7.0", YEAR, null),
                    indicator("HBA1C", AT_LEAST, "6.5", YEAR, null)))),
        new TaggingRuleDefinition(
            "dyslipidaemia",
            "dyslipidaemia",
            "血脂异常: total cholesterol ≥6.2, LDL cholesterol ≥4.1, triglycerides ≥2.3 or HDL"
                + " cholesterol <1.0 mmol/L in the last year",
            LIPIDS_2016,
            new AnyOf(
                List.of(
                    indicator("TOTAL_CHOLESTEROL", AT_LEAST, "6.2", YEAR, null),
                    indicator("LDL_CHOLESTEROL", AT_LEAST, "4.1", YEAR, null),
                    indicator("TRIGLYCERIDES", AT_LEAST, "2.3", YEAR, null),
                    indicator("HDL_CHOLESTEROL", BELOW, "1.0", YEAR, null)))),
        new TaggingRuleDefinition(
            "overweight",
            "overweight",
            "超重: a BMI from 24.0 to under 28.0 kg/m² in the last year",
            WEIGHT_2013,
            new AllOf(
                List.of(
                    indicator("BMI", AT_LEAST, "24.0", YEAR, null),
                    indicator("BMI", BELOW, "28.0", YEAR, null)))),
        new TaggingRuleDefinition(
            "obesity",
            "obesity",
            "肥胖: a BMI of 28.0 kg/m² or more in the last year",
            WEIGHT_2013,
            indicator("BMI", AT_LEAST, "28.0", YEAR, null)),
        new TaggingRuleDefinition(
            "central-obesity",
            "central obesity",
            "中心型肥胖: a waist of 90 cm or more (men) or 85 cm or more (women) in the last year",
            WEIGHT_2013,
            new AnyOf(
                List.of(
                    indicator("WAIST", AT_LEAST, "90", YEAR, Sex.MALE),
                    indicator("WAIST", AT_LEAST, "85", YEAR, Sex.FEMALE)))),
        new TaggingRuleDefinition(
            "smoker",
            "smoker",
            "吸烟: the health record says the patient smokes now",
            SMOKING,
            new Smoking(List.of(SmokingStatus.CURRENT))),
        new TaggingRuleDefinition(
            "depression-risk",
            "depression risk",
            "抑郁风险: a PHQ-9 total of 10 or more in the last 90 days; to be assessed by a clinician",
            PHQ9_2001,
            new Score("phq-9", 10, QUARTER)),
        new TaggingRuleDefinition(
            "anxiety-risk",
            "anxiety risk",
            "焦虑风险: a GAD-7 total of 10 or more in the last 90 days; to be assessed by a clinician",
            GAD7_2006,
            new Score("gad-7", 10, QUARTER)));
  }

  private static Indicator indicator(
      String analyte, Condition.Comparison comparison, String threshold, int days, Sex sex) {
    return new Indicator(analyte, comparison, new BigDecimal(threshold), days, sex);
  }
}
