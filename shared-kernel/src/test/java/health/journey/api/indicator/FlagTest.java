package health.journey.api.indicator;

import static health.journey.api.indicator.Flag.CRITICAL_HIGH;
import static health.journey.api.indicator.Flag.CRITICAL_LOW;
import static health.journey.api.indicator.Flag.HIGH;
import static health.journey.api.indicator.Flag.LOW;
import static health.journey.api.indicator.Flag.NORMAL;
import static health.journey.api.patient.Sex.FEMALE;
import static health.journey.api.patient.Sex.MALE;
import static health.journey.api.patient.Sex.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.patient.Sex;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flags at the edges of each published range. */
class FlagTest {

  private static Optional<Flag> flag(Analyte analyte, String value, Sex sex) {
    return analyte.flag(new BigDecimal(value), sex);
  }

  private static Optional<Flag> flag(Analyte analyte, String value, Sex sex, Integer age) {
    return analyte.flag(new BigDecimal(value), sex, age);
  }

  @Test
  void fastingGlucose() {
    Analyte fpg = Indicators.FASTING_GLUCOSE;
    assertThat(flag(fpg, "3.89", null)).contains(LOW);
    assertThat(flag(fpg, "3.9", null)).contains(NORMAL);
    assertThat(flag(fpg, "6.09", null)).contains(NORMAL);
    assertThat(flag(fpg, "6.1", null)).contains(HIGH); // impaired fasting glucose starts at 6.1
    assertThat(flag(fpg, "7.0", null)).contains(HIGH);
  }

  @Test
  void glucoseCriticalLimits() {
    assertThat(flag(Indicators.FASTING_GLUCOSE, "2.6", null)).contains(LOW);
    assertThat(flag(Indicators.FASTING_GLUCOSE, "2.59", null)).contains(CRITICAL_LOW);
    assertThat(flag(Indicators.FASTING_GLUCOSE, "26.9", null)).contains(HIGH);
    assertThat(flag(Indicators.FASTING_GLUCOSE, "26.91", null)).contains(CRITICAL_HIGH);
    // Glucose of unknown timing has no reference range, only critical limits.
    assertThat(flag(Indicators.GLUCOSE, "9.8", null)).isEmpty();
    assertThat(flag(Indicators.GLUCOSE, "2.5", null)).contains(CRITICAL_LOW);
    assertThat(flag(Indicators.GLUCOSE, "30", null)).contains(CRITICAL_HIGH);
  }

  @Test
  void hba1c() {
    assertThat(flag(Indicators.HBA1C, "6.4", null)).contains(NORMAL);
    assertThat(flag(Indicators.HBA1C, "6.5", null)).contains(HIGH);
  }

  @Test
  void lipids() {
    assertThat(flag(Indicators.TOTAL_CHOLESTEROL, "5.19", null)).contains(NORMAL);
    assertThat(flag(Indicators.TOTAL_CHOLESTEROL, "5.2", null)).contains(HIGH);
    assertThat(flag(Indicators.LDL_CHOLESTEROL, "3.39", null)).contains(NORMAL);
    assertThat(flag(Indicators.LDL_CHOLESTEROL, "3.4", null)).contains(HIGH);
    assertThat(flag(Indicators.HDL_CHOLESTEROL, "1.0", null)).contains(NORMAL);
    assertThat(flag(Indicators.HDL_CHOLESTEROL, "0.99", null)).contains(LOW);
    assertThat(flag(Indicators.TRIGLYCERIDES, "1.69", null)).contains(NORMAL);
    assertThat(flag(Indicators.TRIGLYCERIDES, "1.7", null)).contains(HIGH);
  }

  @Test
  void uricAcidIsHighAbove420ForBothSexes() {
    assertThat(flag(Indicators.URIC_ACID, "420", MALE)).contains(NORMAL);
    assertThat(flag(Indicators.URIC_ACID, "421", FEMALE)).contains(HIGH);
    assertThat(flag(Indicators.URIC_ACID, "120", null)).contains(NORMAL);
  }

  @Test
  void transaminasesBySex() {
    assertThat(flag(Indicators.ALT, "50", MALE)).contains(NORMAL);
    assertThat(flag(Indicators.ALT, "51", MALE)).contains(HIGH);
    assertThat(flag(Indicators.ALT, "8", MALE)).contains(LOW);
    assertThat(flag(Indicators.ALT, "40", FEMALE)).contains(NORMAL);
    assertThat(flag(Indicators.ALT, "41", FEMALE)).contains(HIGH);
    assertThat(flag(Indicators.AST, "35", FEMALE)).contains(NORMAL);
    assertThat(flag(Indicators.AST, "36", FEMALE)).contains(HIGH);
    assertThat(flag(Indicators.AST, "14", MALE)).contains(LOW);
    assertThat(flag(Indicators.GGT, "60", MALE)).contains(NORMAL);
    assertThat(flag(Indicators.GGT, "46", FEMALE)).contains(HIGH);
  }

  @Test
  void withoutTheSexOnlyAFlagBothSexesAgreeOnIsGiven() {
    assertThat(flag(Indicators.ALT, "45", UNKNOWN)).isEmpty(); // normal for men, high for women
    assertThat(flag(Indicators.ALT, "45", Sex.UNSPECIFIED)).isEmpty();
    assertThat(flag(Indicators.ALT, "45", null)).isEmpty();
    assertThat(flag(Indicators.ALT, "60", null)).contains(HIGH);
    assertThat(flag(Indicators.ALT, "20", null)).contains(NORMAL);
    assertThat(flag(Indicators.ALT, "8", null)).isEmpty(); // low for men, normal for women
  }

  @Test
  void creatinineByAgeBand() {
    Analyte cr = Indicators.CREATININE;
    assertThat(flag(cr, "97", MALE, 40)).contains(NORMAL);
    assertThat(flag(cr, "98", MALE, 40)).contains(HIGH);
    assertThat(flag(cr, "98", MALE, 65)).contains(NORMAL);
    assertThat(flag(cr, "112", MALE, 65)).contains(HIGH);
    assertThat(flag(cr, "56", MALE, 40)).contains(LOW);
    assertThat(flag(cr, "73", FEMALE, 30)).contains(NORMAL);
    assertThat(flag(cr, "74", FEMALE, 30)).contains(HIGH);
    assertThat(flag(cr, "81", FEMALE, 70)).contains(NORMAL);
    // Without the age: flagged only where both bands agree.
    assertThat(flag(cr, "98", MALE)).isEmpty();
    assertThat(flag(cr, "112", MALE)).contains(HIGH);
    assertThat(flag(cr, "80", MALE)).contains(NORMAL);
    // Outside the published bands (20–79) there is no flag.
    assertThat(flag(cr, "80", MALE, 85)).isEmpty();
    assertThat(flag(cr, "80", MALE, 19)).isEmpty();
  }

  @Test
  void ureaAndAlbuminByAgeBand() {
    assertThat(flag(Indicators.UREA, "8.0", MALE, 45)).contains(NORMAL);
    assertThat(flag(Indicators.UREA, "8.1", MALE, 45)).contains(HIGH);
    assertThat(flag(Indicators.UREA, "8.1", MALE, 65)).contains(NORMAL);
    assertThat(flag(Indicators.UREA, "2.5", FEMALE, 45)).contains(LOW);
    assertThat(flag(Indicators.ALBUMIN, "39", null, 45)).contains(LOW);
    assertThat(flag(Indicators.ALBUMIN, "39", null, 65)).contains(NORMAL);
    assertThat(flag(Indicators.ALBUMIN, "39", null)).isEmpty();
  }

  @Test
  void bloodCount() {
    assertThat(flag(Indicators.HAEMOGLOBIN, "115", FEMALE)).contains(NORMAL);
    assertThat(flag(Indicators.HAEMOGLOBIN, "114", FEMALE)).contains(LOW);
    assertThat(flag(Indicators.HAEMOGLOBIN, "129", MALE)).contains(LOW);
    assertThat(flag(Indicators.HAEMOGLOBIN, "176", MALE)).contains(HIGH);
    assertThat(flag(Indicators.HAEMOGLOBIN, "65", FEMALE)).contains(CRITICAL_LOW);
    assertThat(flag(Indicators.HAEMOGLOBIN, "66", FEMALE)).contains(LOW);
    assertThat(flag(Indicators.WBC, "3.5", null)).contains(NORMAL);
    assertThat(flag(Indicators.WBC, "9.51", null)).contains(HIGH);
    assertThat(flag(Indicators.WBC, "1.9", null)).contains(CRITICAL_LOW);
    assertThat(flag(Indicators.PLATELETS, "124", null)).contains(LOW);
    assertThat(flag(Indicators.PLATELETS, "350", null)).contains(NORMAL);
    assertThat(flag(Indicators.PLATELETS, "36", null)).contains(CRITICAL_LOW);
    assertThat(flag(Indicators.RBC, "5.1", FEMALE)).contains(NORMAL);
    assertThat(flag(Indicators.RBC, "5.2", FEMALE)).contains(HIGH);
    assertThat(flag(Indicators.HAEMATOCRIT, "39.9", MALE)).contains(LOW);
  }

  @Test
  void potassium() {
    assertThat(flag(Indicators.POTASSIUM, "3.5", null)).contains(NORMAL);
    assertThat(flag(Indicators.POTASSIUM, "5.4", null)).contains(HIGH);
    assertThat(flag(Indicators.POTASSIUM, "2.7", null)).contains(CRITICAL_LOW);
    assertThat(flag(Indicators.POTASSIUM, "6.3", null)).contains(CRITICAL_HIGH);
  }

  @Test
  void bloodPressureAndHeartRate() {
    assertThat(flag(Indicators.SYSTOLIC_BP, "139", null)).contains(NORMAL);
    assertThat(flag(Indicators.SYSTOLIC_BP, "140", null)).contains(HIGH);
    assertThat(flag(Indicators.DIASTOLIC_BP, "89", null)).contains(NORMAL);
    assertThat(flag(Indicators.DIASTOLIC_BP, "90", null)).contains(HIGH);
    assertThat(flag(Indicators.HEART_RATE, "59", null)).contains(LOW);
    assertThat(flag(Indicators.HEART_RATE, "100", null)).contains(NORMAL);
    assertThat(flag(Indicators.HEART_RATE, "101", null)).contains(HIGH);
  }

  @Test
  void bmiAndWaistByTheChineseCutOffs() {
    assertThat(flag(Indicators.BMI, "18.49", null)).contains(LOW);
    assertThat(flag(Indicators.BMI, "18.5", null)).contains(NORMAL);
    assertThat(flag(Indicators.BMI, "23.9", null)).contains(NORMAL);
    assertThat(flag(Indicators.BMI, "24.0", null)).contains(HIGH);
    assertThat(flag(Indicators.WAIST, "89.9", MALE)).contains(NORMAL);
    assertThat(flag(Indicators.WAIST, "90", MALE)).contains(HIGH);
    assertThat(flag(Indicators.WAIST, "84.9", FEMALE)).contains(NORMAL);
    assertThat(flag(Indicators.WAIST, "85", FEMALE)).contains(HIGH);
    assertThat(flag(Indicators.WAIST, "87", null)).isEmpty();
  }

  @Test
  void egfr() {
    assertThat(flag(Indicators.EGFR, "60", null)).contains(NORMAL);
    assertThat(flag(Indicators.EGFR, "59", null)).contains(LOW);
  }

  @Test
  void noRangeNoFlag() {
    assertThat(flag(Indicators.TSH, "9.5", null)).isEmpty();
    assertThat(flag(Indicators.BODY_TEMPERATURE, "39.5", null)).isEmpty();
    assertThat(flag(Indicators.TOTAL_BILIRUBIN, "40", MALE)).isEmpty();
  }

  @Test
  void adultRangesDoNotFlagChildren() {
    assertThat(flag(Indicators.BMI, "30", null, 12)).isEmpty();
    assertThat(flag(Indicators.FASTING_GLUCOSE, "1.5", null, 17)).isEmpty();
    assertThat(flag(Indicators.BMI, "30", null, 18)).contains(HIGH);
  }
}
