package health.journey.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Conversions checked against published worked examples and conversion tables. */
class ConversionTest {

  private static BigDecimal convert(Analyte analyte, String value, String unit) {
    return analyte.convert(new BigDecimal(value), unit);
  }

  @Test
  void glucoseFromMgPerDl() {
    // ADA/WHO diagnostic cut-off: 126 mg/dL is 7.0 mmol/L (6.99 at two decimals).
    BigDecimal fasting = convert(Indicators.FASTING_GLUCOSE, "126", "mg/dL");
    assertThat(fasting).isEqualByComparingTo("6.99");
    assertThat(fasting.scale()).isEqualTo(2);
    assertThat(fasting.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("7.0");
    // 100 mg/dL is 5.55 mmol/L; 110 mg/dL (the WHO IFG cut-off) is 6.1 mmol/L.
    assertThat(convert(Indicators.GLUCOSE, "100", "mg/dL")).isEqualByComparingTo("5.55");
    assertThat(convert(Indicators.FASTING_GLUCOSE, "110", "mg/dL")).isEqualByComparingTo("6.11");
  }

  @Test
  void lipidsFromMgPerDl() {
    // NCEP ATP III cut points and their SI equivalents.
    assertThat(convert(Indicators.TOTAL_CHOLESTEROL, "240", "mg/dL")).isEqualByComparingTo("6.21");
    assertThat(convert(Indicators.TOTAL_CHOLESTEROL, "200", "mg/dL")).isEqualByComparingTo("5.17");
    assertThat(convert(Indicators.LDL_CHOLESTEROL, "160", "mg/dL")).isEqualByComparingTo("4.14");
    assertThat(convert(Indicators.LDL_CHOLESTEROL, "130", "mg/dL")).isEqualByComparingTo("3.36");
    assertThat(convert(Indicators.HDL_CHOLESTEROL, "40", "mg/dL")).isEqualByComparingTo("1.03");
    assertThat(convert(Indicators.TRIGLYCERIDES, "200", "mg/dL")).isEqualByComparingTo("2.26");
    assertThat(convert(Indicators.TRIGLYCERIDES, "150", "mg/dL")).isEqualByComparingTo("1.69");
  }

  @Test
  void theSameMgPerDlGivesDifferentMmolPerLForEachAnalyte() {
    assertThat(convert(Indicators.GLUCOSE, "100", "mg/dL")).isEqualByComparingTo("5.55");
    assertThat(convert(Indicators.TOTAL_CHOLESTEROL, "100", "mg/dL")).isEqualByComparingTo("2.59");
    assertThat(convert(Indicators.TRIGLYCERIDES, "100", "mg/dL")).isEqualByComparingTo("1.13");
    assertThat(convert(Indicators.UREA, "100", "mg/dL")).isEqualByComparingTo("35.70");
  }

  @Test
  void kidneyAndLiverFromMgPerDl() {
    assertThat(convert(Indicators.CREATININE, "1.0", "mg/dL")).isEqualByComparingTo("88.4");
    assertThat(convert(Indicators.CREATININE, "1.5", "mg/dL")).isEqualByComparingTo("132.6");
    // The thresholds of Chinese renal-failure staging: 5 mg/dL = 442 µmol/L, 8 mg/dL = 707 µmol/L.
    assertThat(convert(Indicators.CREATININE, "5.0", "mg/dL")).isEqualByComparingTo("442.0");
    assertThat(convert(Indicators.CREATININE, "8.0", "mg/dL")).isEqualByComparingTo("707.2");
    assertThat(convert(Indicators.URIC_ACID, "7.0", "mg/dL")).isEqualByComparingTo("416");
    assertThat(convert(Indicators.URIC_ACID, "6.0", "mg/dL")).isEqualByComparingTo("357");
    // BUN 14 mg/dL is 5.0 mmol/L of urea (× 0.357); BUN 20 mg/dL is 7.1 mmol/L.
    assertThat(convert(Indicators.UREA, "14", "mg/dL")).isEqualByComparingTo("5.00");
    assertThat(convert(Indicators.UREA, "20", "mg/dL")).isEqualByComparingTo("7.14");
    assertThat(convert(Indicators.TOTAL_BILIRUBIN, "1.0", "mg/dL")).isEqualByComparingTo("17.1");
    assertThat(convert(Indicators.TOTAL_BILIRUBIN, "1.2", "mg/dL")).isEqualByComparingTo("20.5");
  }

  @Test
  void gramsPerDecilitreAreTimesTen() {
    assertThat(convert(Indicators.ALBUMIN, "4.2", "g/dL")).isEqualByComparingTo("42.0");
    assertThat(convert(Indicators.HAEMOGLOBIN, "13.5", "g/dL")).isEqualByComparingTo("135");
  }

  @Test
  void hba1cFromIfccByTheMasterEquation() {
    // NGSP/IFCC published equivalents: 48 mmol/mol = 6.5 %, 53 = 7.0 %, 42 = 6.0 %, 64 = 8.0 %.
    assertThat(convert(Indicators.HBA1C, "48", "mmol/mol")).isEqualByComparingTo("6.5");
    assertThat(convert(Indicators.HBA1C, "53", "mmol/mol")).isEqualByComparingTo("7.0");
    assertThat(convert(Indicators.HBA1C, "42", "mmol/mol")).isEqualByComparingTo("6.0");
    assertThat(convert(Indicators.HBA1C, "64", "mmol/mol")).isEqualByComparingTo("8.0");
  }

  @Test
  void bodyMeasurementsFromImperialUnits() {
    assertThat(convert(Indicators.BODY_HEIGHT, "70", "[in_i]")).isEqualByComparingTo("177.8");
    assertThat(convert(Indicators.BODY_HEIGHT, "1.75", "m")).isEqualByComparingTo("175.0");
    assertThat(convert(Indicators.BODY_WEIGHT, "154", "[lb_av]")).isEqualByComparingTo("69.9");
    assertThat(convert(Indicators.BODY_WEIGHT, "70500", "g")).isEqualByComparingTo("70.5");
    assertThat(convert(Indicators.WAIST, "36", "in")).isEqualByComparingTo("91.4");
    assertThat(convert(Indicators.BODY_TEMPERATURE, "98.6", "[degF]")).isEqualByComparingTo("37.0");
    assertThat(convert(Indicators.BODY_TEMPERATURE, "212", "°F")).isEqualByComparingTo("100.0");
    assertThat(convert(Indicators.BODY_TEMPERATURE, "32", "°F")).isEqualByComparingTo("0.0");
  }

  @Test
  void otherConversions() {
    // 16 kPa × 7.50062 = 120 mmHg; 1 µkat/L = 60 U/L; insulin 60 pmol/L = 10 µIU/mL.
    assertThat(convert(Indicators.SYSTOLIC_BP, "16", "kPa")).isEqualByComparingTo("120");
    assertThat(convert(Indicators.ALT, "1", "ukat/L")).isEqualByComparingTo("60");
    assertThat(convert(Indicators.INSULIN, "60", "pmol/L")).isEqualByComparingTo("10.0");
    assertThat(convert(Indicators.HAEMATOCRIT, "0.42", "L/L")).isEqualByComparingTo("42.0");
    assertThat(convert(Indicators.CREATININE, "0.0884", "mmol/L")).isEqualByComparingTo("88.4");
    assertThat(convert(Indicators.GLUCOSE, "5500", "umol/L")).isEqualByComparingTo("5.50");
  }

  @Test
  void unitsOfTheSameSizeKeepTheValueAsSent() {
    assertThat(convert(Indicators.WBC, "7.25", "10*3/uL")).isEqualByComparingTo("7.25");
    assertThat(convert(Indicators.RBC, "4.5", "10*6/uL").scale()).isEqualTo(1);
    assertThat(convert(Indicators.ALT, "23", "IU/L")).isEqualByComparingTo("23");
    assertThat(convert(Indicators.TSH, "2.5", "uIU/mL")).isEqualByComparingTo("2.5");
    assertThat(convert(Indicators.POTASSIUM, "4.1", "mEq/L")).isEqualByComparingTo("4.1");
    BigDecimal sent = new BigDecimal("5.612");
    assertThat(Indicators.FASTING_GLUCOSE.convert(sent, "mmol/l")).isSameAs(sent);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mmol/L",
        "mmol/l",
        "MMOL/L",
        "mmol / L",
        "毫摩尔/升",
        "ｍｍｏｌ／Ｌ",
      })
  void glucoseUnitSpellings(String unit) {
    assertThat(convert(Indicators.GLUCOSE, "5.6", unit)).isEqualByComparingTo("5.6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mg/dL", "mg/dl", "MG/DL", "mg%", "毫克/分升"})
  void massConcentrationSpellings(String unit) {
    assertThat(convert(Indicators.GLUCOSE, "100", unit)).isEqualByComparingTo("5.55");
  }

  @ParameterizedTest
  @ValueSource(strings = {"umol/L", "umol/l", "\u00b5mol/L", "\u03bcmol/L", "\u00b5mol/l", "微摩尔/升"})
  void micromolarSpellingsWithMicroSignOrGreekMu(String unit) {
    assertThat(convert(Indicators.CREATININE, "76", unit)).isEqualByComparingTo("76");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mm[Hg]", "mmHg", "mm Hg", "MMHG", "毫米汞柱"})
  void pressureSpellings(String unit) {
    assertThat(convert(Indicators.SYSTOLIC_BP, "128", unit)).isEqualByComparingTo("128");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kg/m2", "kg/m²", "kg/m^2", "KG/M2"})
  void bmiSpellings(String unit) {
    assertThat(convert(Indicators.BMI, "22.9", unit)).isEqualByComparingTo("22.9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cel", "°C", "℃", "摄氏度"})
  void celsiusSpellings(String unit) {
    assertThat(convert(Indicators.BODY_TEMPERATURE, "36.6", unit)).isEqualByComparingTo("36.6");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10*9/L", "10^9/L", "×10⁹/L", "x10^9/L", "10E9/L", "10*3/uL", "10^3/µL", "K/uL", "/nL"
      })
  void cellCountSpellings(String unit) {
    assertThat(convert(Indicators.WBC, "6.3", unit)).isEqualByComparingTo("6.3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "％"})
  void percentSpellings(String unit) {
    assertThat(convert(Indicators.HBA1C, "6.1", unit)).isEqualByComparingTo("6.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mL/min/{1.73_m2}", "mL/min/1.73m2", "ml/min/1.73 m2", "mL/min/1.73m²"})
  void egfrSpellings(String unit) {
    assertThat(convert(Indicators.EGFR, "92", unit)).isEqualByComparingTo("92");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mmol/dL", "furlong", "mg/dLL", "mmol"})
  void anUnknownUnitIsReportedNeverGuessed(String unit) {
    assertThatThrownBy(() -> convert(Indicators.FASTING_GLUCOSE, "5.6", unit))
        .isInstanceOfSatisfying(
            UnitNotAccepted.class,
            e -> {
              assertThat(e.reason()).isEqualTo(UnitNotAccepted.Reason.UNKNOWN_UNIT);
              assertThat(e.unit()).isEqualTo(unit);
              assertThat(e.analyteId()).isEqualTo("FASTING_GLUCOSE");
            })
        .hasMessageContaining("'" + unit + "'")
        .hasMessageContaining("FASTING_GLUCOSE")
        .hasMessageContaining("空腹血糖");
  }

  @Test
  void aMissingUnitIsReported() {
    assertThatThrownBy(() -> convert(Indicators.GLUCOSE, "5.6", null))
        .isInstanceOf(UnitNotAccepted.class)
        .hasMessageContaining("(none)");
    assertThatThrownBy(() -> convert(Indicators.GLUCOSE, "5.6", " "))
        .isInstanceOf(UnitNotAccepted.class);
  }

  @Test
  void aUnitOfAnotherKindOfQuantityIsRefused() {
    assertThatThrownBy(() -> convert(Indicators.BMI, "22", "mg/dL"))
        .isInstanceOfSatisfying(
            UnitNotAccepted.class,
            e -> assertThat(e.reason()).isEqualTo(UnitNotAccepted.Reason.INCOMPATIBLE_UNIT))
        .hasMessageContaining("'mg/dL'")
        .hasMessageContaining("mass concentration")
        .hasMessageContaining("BMI");
    // Haemoglobin in mmol/L needs a convention the catalogue does not take.
    assertThatThrownBy(() -> convert(Indicators.HAEMOGLOBIN, "8.5", "mmol/L"))
        .isInstanceOf(UnitNotAccepted.class);
    // Enzyme units are not the international units of hormone assays.
    assertThatThrownBy(() -> convert(Indicators.TSH, "2", "IU/L"))
        .isInstanceOf(UnitNotAccepted.class);
    assertThatThrownBy(() -> convert(Indicators.BODY_HEIGHT, "70", "kg"))
        .isInstanceOf(UnitNotAccepted.class);
    assertThatThrownBy(() -> convert(Indicators.HBA1C, "48", "mmol/L"))
        .isInstanceOf(UnitNotAccepted.class);
    assertThatThrownBy(() -> convert(Indicators.ALBUMIN, "600", "umol/L"))
        .isInstanceOf(UnitNotAccepted.class);
  }
}
