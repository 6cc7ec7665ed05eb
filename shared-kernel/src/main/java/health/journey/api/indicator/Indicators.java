package health.journey.api.indicator;

import static health.journey.api.indicator.Units.CELSIUS;
import static health.journey.api.indicator.Units.CENTIMETRE;
import static health.journey.api.indicator.Units.G_PER_L;
import static health.journey.api.indicator.Units.KG_PER_M2;
import static health.journey.api.indicator.Units.KILOGRAM;
import static health.journey.api.indicator.Units.MEQ_PER_L;
import static health.journey.api.indicator.Units.MG_PER_DL;
import static health.journey.api.indicator.Units.MIU_PER_L;
import static health.journey.api.indicator.Units.ML_PER_MIN_173;
import static health.journey.api.indicator.Units.MMOL_PER_L;
import static health.journey.api.indicator.Units.MMOL_PER_MOL;
import static health.journey.api.indicator.Units.MM_HG;
import static health.journey.api.indicator.Units.PERCENT;
import static health.journey.api.indicator.Units.PER_MINUTE;
import static health.journey.api.indicator.Units.PER_NL;
import static health.journey.api.indicator.Units.PER_PL;
import static health.journey.api.indicator.Units.PMOL_PER_L;
import static health.journey.api.indicator.Units.UIU_PER_ML;
import static health.journey.api.indicator.Units.UMOL_PER_L;
import static health.journey.api.indicator.Units.U_PER_L;

import health.journey.api.patient.Sex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator catalogue: every analyte the back end stores, looked up by any of its LOINC codes.
 *
 * <p>Canonical units follow Chinese clinical practice (SI). Conversion factors are per analyte and
 * cite their source; reference ranges are adult ranges as printed on Chinese reports and cite the
 * standard or guideline they come from. An analyte without a traceable range has none.
 */
public final class Indicators {

  // ---- Sources of the reference ranges -------------------------------------------------------

  private static final String WS_T_404_1 =
      "WS/T 404.1-2012 临床常用生化检验项目参考区间 第1部分 (ALT, AST, GGT;"
          + " methods without pyridoxal phosphate)";
  private static final String WS_T_404_2 = "WS/T 404.2-2012 临床常用生化检验项目参考区间 第2部分：血清总蛋白、白蛋白";
  private static final String WS_T_404_3 = "WS/T 404.3-2012 临床常用生化检验项目参考区间 第3部分：血清钾、钠、氯";
  private static final String WS_T_404_5 =
      "WS/T 404.5-2015 临床常用生化检验项目参考区间 第5部分：血清尿素、肌酐" + " (creatinine by the enzymatic method)";
  private static final String WS_T_405 = "WS/T 405-2012 血细胞分析参考区间 (adults, venous blood)";
  private static final String WS_T_428 =
      "WS/T 428-2013 成人体重判定 (BMI 18.5 to <24.0 normal, 24.0 to <28.0 overweight,"
          + " ≥28.0 obese; central obesity at waist ≥90 cm men, ≥85 cm women)";
  private static final String LIPIDS_2016 =
      "中国成人血脂异常防治指南（2016年修订版）: desirable levels TC <5.2, LDL-C <3.4,"
          + " TG <1.7 mmol/L; HDL-C <1.0 mmol/L is low (cut points kept by"
          + " 中国血脂管理指南（2023年）)";
  private static final String DIABETES_2020 =
      "中国2型糖尿病防治指南（2020年版）: normal fasting plasma glucose <6.1 mmol/L (6.1 to <7.0"
          + " impaired, ≥7.0 diabetes, WHO 1999); glucose <3.9 mmol/L is hypoglycaemia (level 1);"
          + " HbA1c ≥6.5% is diagnostic";
  private static final String HYPERTENSION_2018 =
      "中国高血压防治指南（2018年修订版）: hypertension is SBP ≥140 and/or DBP ≥90 mmHg (adults)";
  private static final String URATE_2019 =
      "中国高尿酸血症与痛风诊疗指南（2019）, 中华医学会内分泌学分会: hyperuricaemia is serum urate"
          + " >420 µmol/L in both sexes";
  private static final String KDIGO_2012 =
      "KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD:"
          + " GFR <60 mL/min/1.73 m² (categories G3a–G5) is decreased GFR";
  private static final String HEART_RATE_TEXTBOOK =
      "诊断学（第9版，人民卫生出版社）: resting adult heart rate 60–100 beats/min";
  private static final String KOST_1990 =
      "Kost GJ. Critical limits for urgent clinician notification at US medical centers."
          + " JAMA 1990;263:704-7 (mean limits; the 2013 national survey of 599 Chinese laboratories"
          + " by the NCCL found medians for glucose and potassium not different from these)";

  // ---- Conversion factors shared by several analytes -----------------------------------------

  // Glucose C6H12O6, molar mass 180.16 g/mol: 1 mg/dL = 10 mg/L = 10/180.16 mmol/L, i.e. ÷ 18.016
  // (AMA Manual of Style SI conversion table: × 0.0555).
  private static final Bridge GLUCOSE_MG_DL = Bridge.divide(MG_PER_DL, MMOL_PER_L, "18.016");

  // Cholesterol C27H46O, molar mass 386.65 g/mol: × 0.02586 (÷ 38.67), the factor of the SI
  // conversion tables (AMA Manual of Style, NEJM, NCEP ATP III). Applies to total, LDL and HDL
  // cholesterol alike: all are reported as cholesterol mass.
  private static final Bridge CHOLESTEROL_MG_DL = Bridge.multiply(MG_PER_DL, MMOL_PER_L, "0.02586");

  private static final CriticalLimits GLUCOSE_CRITICAL =
      CriticalLimits.of("2.6", "26.9", KOST_1990);

  // ---- Glucose metabolism ---------------------------------------------------------------------

  /** Fasting plasma glucose; the fasting range applies. */
  public static final Analyte FASTING_GLUCOSE =
      Analyte.builder("FASTING_GLUCOSE", "空腹血糖", "Fasting glucose", MMOL_PER_L, 2)
          .loinc("1558-6", "14771-0")
          .bridge(GLUCOSE_MG_DL)
          .range(ReferenceRange.fromUpTo("3.9", "6.1", DIABETES_2020))
          .critical(GLUCOSE_CRITICAL)
          .build();

  /**
   * Glucose whose sample is not stated to be fasting (serum, plasma or whole blood); only the
   * critical limits apply. A report that states the sample was fasting (空腹) is flagged with {@link
   * #FASTING_GLUCOSE}: the conversion is the same.
   */
  public static final Analyte GLUCOSE =
      Analyte.builder("GLUCOSE", "血糖", "Glucose", MMOL_PER_L, 2)
          .loinc("2345-7", "14749-6", "2339-0", "15074-8")
          .bridge(GLUCOSE_MG_DL)
          .critical(GLUCOSE_CRITICAL)
          .build();

  /** HbA1c as NGSP/DCCT %. */
  public static final Analyte HBA1C =
      Analyte.builder("HBA1C", "糖化血红蛋白", "Haemoglobin A1c", PERCENT, 1)
          .loinc("4548-4", "17856-6", "59261-8")
          // IFCC–NGSP master equation: NGSP (%) = 0.09148 × IFCC (mmol/mol) + 2.152 (Hoelzel W et
          // al. Clin Chem 2004;50:166-74; as published by the NGSP and the IFCC).
          .bridge(Bridge.linear(MMOL_PER_MOL, PERCENT, "0.09148", "2.152"))
          .range(ReferenceRange.below("6.5", DIABETES_2020))
          .build();

  /** Insulin (the sender states whether fasting); no range, as it depends on the assay. */
  public static final Analyte INSULIN =
      Analyte.builder("INSULIN", "胰岛素", "Insulin", UIU_PER_ML, 1)
          .loinc("20448-7")
          // 1 µIU/mL = 6.00 pmol/L (Vølund A. Am J Clin Nutr 1993;58:714-5; Knopp JL et al.
          // J Diabetes Sci Technol 2019;13:597-600, which replaces the older 6.945).
          .bridge(Bridge.divide(PMOL_PER_L, UIU_PER_ML, "6.00"))
          .build();

  // ---- Lipids -------------------------------------------------------------------------------

  public static final Analyte TOTAL_CHOLESTEROL =
      Analyte.builder("TOTAL_CHOLESTEROL", "总胆固醇", "Total cholesterol", MMOL_PER_L, 2)
          // 2093-3 mass, 14647-2 moles, 35200-5 "mass or moles" (as the FHIR lipid example sends)
          .loinc("2093-3", "14647-2", "35200-5")
          .bridge(CHOLESTEROL_MG_DL)
          .range(ReferenceRange.below("5.2", LIPIDS_2016))
          .build();

  public static final Analyte LDL_CHOLESTEROL =
      Analyte.builder("LDL_CHOLESTEROL", "低密度脂蛋白胆固醇", "LDL cholesterol", MMOL_PER_L, 2)
          // mass: 2089-1, 13457-7 (calculated), 18262-6 (direct); moles: 22748-8, 39469-2 (calc.)
          .loinc("2089-1", "13457-7", "18262-6", "22748-8", "39469-2")
          .bridge(CHOLESTEROL_MG_DL)
          .range(ReferenceRange.below("3.4", LIPIDS_2016))
          .build();

  public static final Analyte HDL_CHOLESTEROL =
      Analyte.builder("HDL_CHOLESTEROL", "高密度脂蛋白胆固醇", "HDL cholesterol", MMOL_PER_L, 2)
          .loinc("2085-9", "14646-4")
          .bridge(CHOLESTEROL_MG_DL)
          .range(ReferenceRange.atLeast("1.0", LIPIDS_2016))
          .build();

  public static final Analyte TRIGLYCERIDES =
      Analyte.builder("TRIGLYCERIDES", "甘油三酯", "Triglycerides", MMOL_PER_L, 2)
          // 2571-8 mass, 14927-8 moles, 35217-9 "mass or moles"
          .loinc("2571-8", "14927-8", "35217-9")
          // Triglycerides are reported as triolein, molar mass 885.4 g/mol: × 0.01129 (÷ 88.57),
          // the factor of the SI conversion tables (AMA Manual of Style, NEJM).
          .bridge(Bridge.multiply(MG_PER_DL, MMOL_PER_L, "0.01129"))
          .range(ReferenceRange.below("1.7", LIPIDS_2016))
          .build();

  // ---- Kidney -------------------------------------------------------------------------------

  public static final Analyte CREATININE =
      Analyte.builder("CREATININE", "肌酐", "Creatinine", UMOL_PER_L, 1)
          .loinc("2160-0", "14682-9")
          // Creatinine C4H7N3O, molar mass 113.12 g/mol: 1 mg/dL = 88.4 µmol/L (AMA Manual of
          // Style SI table; NIDDK; KDIGO 2012).
          .bridge(Bridge.multiply(MG_PER_DL, UMOL_PER_L, "88.4"))
          .range(ReferenceRange.between("57", "97", WS_T_404_5).forSex(Sex.MALE).forAges(20, 59))
          .range(ReferenceRange.between("57", "111", WS_T_404_5).forSex(Sex.MALE).forAges(60, 79))
          .range(ReferenceRange.between("41", "73", WS_T_404_5).forSex(Sex.FEMALE).forAges(20, 59))
          .range(ReferenceRange.between("41", "81", WS_T_404_5).forSex(Sex.FEMALE).forAges(60, 79))
          .build();

  public static final Analyte URIC_ACID =
      Analyte.builder("URIC_ACID", "尿酸", "Uric acid", UMOL_PER_L, 0)
          .loinc("3084-1", "14933-6")
          // Uric acid C5H4N4O3, molar mass 168.11 g/mol: 1 mg/dL = 59.48 µmol/L (AMA Manual of
          // Style SI table).
          .bridge(Bridge.multiply(MG_PER_DL, UMOL_PER_L, "59.48"))
          .range(ReferenceRange.atMost("420", URATE_2019))
          .build();

  /**
   * Urea in mmol/L. A mass concentration is read as urea nitrogen (BUN), the way US senders report
   * it (LOINC 3094-0); urea reported as the mass of urea itself is not accepted.
   */
  public static final Analyte UREA =
      Analyte.builder("UREA", "尿素", "Urea", MMOL_PER_L, 2)
          .loinc("22664-7", "3094-0")
          // One mole of urea carries two nitrogen atoms, 28.014 g: BUN 1 mg/dL = 10/28.014 =
          // 0.357 mmol/L of urea (AMA Manual of Style SI table: urea nitrogen × 0.357).
          .bridge(Bridge.multiply(MG_PER_DL, MMOL_PER_L, "0.357"))
          .range(ReferenceRange.between("3.1", "8.0", WS_T_404_5).forSex(Sex.MALE).forAges(20, 59))
          .range(ReferenceRange.between("3.6", "9.5", WS_T_404_5).forSex(Sex.MALE).forAges(60, 79))
          .range(
              ReferenceRange.between("2.6", "7.5", WS_T_404_5).forSex(Sex.FEMALE).forAges(20, 59))
          .range(
              ReferenceRange.between("3.1", "8.8", WS_T_404_5).forSex(Sex.FEMALE).forAges(60, 79))
          .build();

  /** eGFR as the sender computed it (MDRD, CKD-EPI 2009 or 2021). */
  public static final Analyte EGFR =
      Analyte.builder("EGFR", "估算肾小球滤过率", "Estimated glomerular filtration rate", ML_PER_MIN_173, 0)
          .loinc("33914-3", "62238-1", "98979-8")
          .range(ReferenceRange.atLeast("60", KDIGO_2012))
          .build();

  // ---- Liver --------------------------------------------------------------------------------

  public static final Analyte ALT =
      Analyte.builder("ALT", "谷丙转氨酶", "Alanine aminotransferase", U_PER_L, 0)
          .loinc("1742-6")
          .range(ReferenceRange.between("9", "50", WS_T_404_1).forSex(Sex.MALE))
          .range(ReferenceRange.between("7", "40", WS_T_404_1).forSex(Sex.FEMALE))
          .build();

  public static final Analyte AST =
      Analyte.builder("AST", "谷草转氨酶", "Aspartate aminotransferase", U_PER_L, 0)
          .loinc("1920-8")
          .range(ReferenceRange.between("15", "40", WS_T_404_1).forSex(Sex.MALE))
          .range(ReferenceRange.between("13", "35", WS_T_404_1).forSex(Sex.FEMALE))
          .build();

  public static final Analyte GGT =
      Analyte.builder("GGT", "γ-谷氨酰转移酶", "Gamma-glutamyl transferase", U_PER_L, 0)
          .loinc("2324-2")
          .range(ReferenceRange.between("10", "60", WS_T_404_1).forSex(Sex.MALE))
          .range(ReferenceRange.between("7", "45", WS_T_404_1).forSex(Sex.FEMALE))
          .build();

  /**
   * Total bilirubin; no range yet: the adult intervals of WS/T 404.4-2018 could not be checked
   * against the standard's text.
   */
  public static final Analyte TOTAL_BILIRUBIN =
      Analyte.builder("TOTAL_BILIRUBIN", "总胆红素", "Total bilirubin", UMOL_PER_L, 1)
          .loinc("1975-2", "14631-6")
          // Bilirubin C33H36N4O6, molar mass 584.66 g/mol: 1 mg/dL = 17.1 µmol/L (AMA Manual of
          // Style SI table).
          .bridge(Bridge.multiply(MG_PER_DL, UMOL_PER_L, "17.1"))
          .build();

  /** Albumin; g/dL converts by the definition of the decilitre (× 10). */
  public static final Analyte ALBUMIN =
      Analyte.builder("ALBUMIN", "白蛋白", "Albumin", G_PER_L, 1)
          .loinc("1751-7")
          .range(ReferenceRange.between("40", "55", WS_T_404_2).forAges(20, 59))
          .range(ReferenceRange.between("38", "54", WS_T_404_2).forAges(60, 79))
          .build();

  // ---- Electrolytes ---------------------------------------------------------------------------

  public static final Analyte POTASSIUM =
      Analyte.builder("POTASSIUM", "钾", "Potassium", MMOL_PER_L, 2)
          .loinc("2823-3", "6298-4")
          // K⁺ is monovalent: 1 mEq/L = 1 mmol/L (AMA Manual of Style SI table).
          .bridge(Bridge.multiply(MEQ_PER_L, MMOL_PER_L, "1"))
          .range(ReferenceRange.between("3.5", "5.3", WS_T_404_3))
          .critical(CriticalLimits.of("2.8", "6.2", KOST_1990))
          .build();

  // ---- Blood count --------------------------------------------------------------------------

  /** Haemoglobin; g/dL converts by the definition of the decilitre (× 10). */
  public static final Analyte HAEMOGLOBIN =
      Analyte.builder("HAEMOGLOBIN", "血红蛋白", "Haemoglobin", G_PER_L, 0)
          .loinc("718-7")
          .range(ReferenceRange.between("130", "175", WS_T_405).forSex(Sex.MALE))
          .range(ReferenceRange.between("115", "150", WS_T_405).forSex(Sex.FEMALE))
          .critical(CriticalLimits.of("66", "199", KOST_1990))
          .build();

  /** White cells; 10*3/µL and 10*9/L are the same number. */
  public static final Analyte WBC =
      Analyte.builder("WBC", "白细胞计数", "White blood cell count", PER_NL, 2)
          .loinc("6690-2")
          .range(ReferenceRange.between("3.5", "9.5", WS_T_405))
          .critical(CriticalLimits.of("2.0", "37.0", KOST_1990))
          .build();

  public static final Analyte PLATELETS =
      Analyte.builder("PLATELETS", "血小板计数", "Platelet count", PER_NL, 0)
          .loinc("777-3")
          .range(ReferenceRange.between("125", "350", WS_T_405))
          .critical(CriticalLimits.of("37", "910", KOST_1990))
          .build();

  /** Red cells; 10*6/µL and 10*12/L are the same number. */
  public static final Analyte RBC =
      Analyte.builder("RBC", "红细胞计数", "Red blood cell count", PER_PL, 2)
          .loinc("789-8")
          .range(ReferenceRange.between("4.3", "5.8", WS_T_405).forSex(Sex.MALE))
          .range(ReferenceRange.between("3.8", "5.1", WS_T_405).forSex(Sex.FEMALE))
          .build();

  /** Haematocrit in %; L/L converts by × 100. */
  public static final Analyte HAEMATOCRIT =
      Analyte.builder("HAEMATOCRIT", "红细胞压积", "Haematocrit", PERCENT, 1)
          .loinc("4544-3", "20570-8")
          .range(ReferenceRange.between("40", "50", WS_T_405).forSex(Sex.MALE))
          .range(ReferenceRange.between("35", "45", WS_T_405).forSex(Sex.FEMALE))
          .build();

  // ---- Thyroid, other -----------------------------------------------------------------------

  /** TSH; no range, as it depends on the assay. µIU/mL and mIU/L are the same number. */
  public static final Analyte TSH =
      Analyte.builder("TSH", "促甲状腺激素", "Thyroid-stimulating hormone", MIU_PER_L, 3)
          .loinc("3016-3")
          .build();

  /** Homocysteine in µmol/L, the unit Chinese and US senders both use; no range. */
  public static final Analyte HOMOCYSTEINE =
      Analyte.builder("HOMOCYSTEINE", "同型半胱氨酸", "Homocysteine", UMOL_PER_L, 1)
          .loinc("13965-9")
          .build();

  // ---- Vital signs and body measurements ----------------------------------------------------

  public static final Analyte SYSTOLIC_BP =
      Analyte.builder("SYSTOLIC_BP", "收缩压", "Systolic blood pressure", MM_HG, 0)
          .loinc("8480-6")
          .range(ReferenceRange.below("140", HYPERTENSION_2018))
          .build();

  public static final Analyte DIASTOLIC_BP =
      Analyte.builder("DIASTOLIC_BP", "舒张压", "Diastolic blood pressure", MM_HG, 0)
          .loinc("8462-4")
          .range(ReferenceRange.below("90", HYPERTENSION_2018))
          .build();

  public static final Analyte HEART_RATE =
      Analyte.builder("HEART_RATE", "心率", "Heart rate", PER_MINUTE, 0)
          .loinc("8867-4")
          .range(ReferenceRange.between("60", "100", HEART_RATE_TEXTBOOK))
          .build();

  public static final Analyte BODY_HEIGHT =
      Analyte.builder("BODY_HEIGHT", "身高", "Body height", CENTIMETRE, 1).loinc("8302-2").build();

  public static final Analyte BODY_WEIGHT =
      Analyte.builder("BODY_WEIGHT", "体重", "Body weight", KILOGRAM, 1)
          .loinc("29463-7", "3141-9")
          .build();

  public static final Analyte BMI =
      Analyte.builder("BMI", "体重指数", "Body mass index", KG_PER_M2, 1)
          .loinc("39156-5")
          .range(ReferenceRange.fromUpTo("18.5", "24.0", WS_T_428))
          .build();

  public static final Analyte WAIST =
      Analyte.builder("WAIST", "腰围", "Waist circumference", CENTIMETRE, 1)
          // 56086-2 names the PhenX waist protocol, not a measurement, but senders put the
          // measured waist under it.
          .loinc("8280-0", "56086-2")
          .range(ReferenceRange.below("90", WS_T_428).forSex(Sex.MALE))
          .range(ReferenceRange.below("85", WS_T_428).forSex(Sex.FEMALE))
          .build();

  /** Body temperature; no range, as it depends on where it was taken. */
  public static final Analyte BODY_TEMPERATURE =
      Analyte.builder("BODY_TEMPERATURE", "体温", "Body temperature", CELSIUS, 1)
          .loinc("8310-5")
          .build();

  /** Oxygen saturation (pulse oximetry or arterial blood); no range. */
  public static final Analyte OXYGEN_SATURATION =
      Analyte.builder("OXYGEN_SATURATION", "血氧饱和度", "Oxygen saturation", PERCENT, 0)
          .loinc("59408-5", "2708-6")
          .build();

  private static final List<Analyte> ALL =
      List.of(
          FASTING_GLUCOSE,
          GLUCOSE,
          HBA1C,
          INSULIN,
          TOTAL_CHOLESTEROL,
          LDL_CHOLESTEROL,
          HDL_CHOLESTEROL,
          TRIGLYCERIDES,
          CREATININE,
          URIC_ACID,
          UREA,
          EGFR,
          ALT,
          AST,
          GGT,
          TOTAL_BILIRUBIN,
          ALBUMIN,
          POTASSIUM,
          HAEMOGLOBIN,
          WBC,
          PLATELETS,
          RBC,
          HAEMATOCRIT,
          TSH,
          HOMOCYSTEINE,
          SYSTOLIC_BP,
          DIASTOLIC_BP,
          HEART_RATE,
          BODY_HEIGHT,
          BODY_WEIGHT,
          BMI,
          WAIST,
          BODY_TEMPERATURE,
          OXYGEN_SATURATION);

  private static final Map<String, Analyte> BY_LOINC = new HashMap<>();
  private static final Map<String, Analyte> BY_ID = new HashMap<>();

  static {
    for (Analyte analyte : ALL) {
      if (BY_ID.put(analyte.id(), analyte) != null) {
        throw new IllegalStateException("two analytes with id " + analyte.id());
      }
      for (String code : analyte.loincCodes()) {
        Analyte other = BY_LOINC.put(code, analyte);
        if (other != null) {
          throw new IllegalStateException(
              "LOINC " + code + " is claimed by " + other.id() + " and " + analyte.id());
        }
      }
    }
  }

  private Indicators() {}

  /** Every analyte of the catalogue. */
  public static List<Analyte> all() {
    return ALL;
  }

  /** The analyte a LOINC code (any of its codes) stands for; empty for a code not catalogued. */
  public static Optional<Analyte> byLoinc(String loincCode) {
    return loincCode == null
        ? Optional.empty()
        : Optional.ofNullable(BY_LOINC.get(loincCode.strip()));
  }

  /** The analyte with this stored id (see {@link Analyte#id()}). */
  public static Optional<Analyte> byId(String id) {
    return Optional.ofNullable(id == null ? null : BY_ID.get(id));
  }
}
