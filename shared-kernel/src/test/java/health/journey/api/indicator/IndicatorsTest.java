package health.journey.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorsTest {

  /** Every code senders use, with the analyte and canonical unit it must resolve to. */
  static Stream<Arguments> loincCodes() {
    return Stream.of(
        Arguments.of("1558-6", "FASTING_GLUCOSE", "mmol/L"),
        Arguments.of("14771-0", "FASTING_GLUCOSE", "mmol/L"),
        Arguments.of("2345-7", "GLUCOSE", "mmol/L"),
        Arguments.of("14749-6", "GLUCOSE", "mmol/L"),
        Arguments.of("2339-0", "GLUCOSE", "mmol/L"),
        Arguments.of("15074-8", "GLUCOSE", "mmol/L"),
        Arguments.of("4548-4", "HBA1C", "%"),
        Arguments.of("17856-6", "HBA1C", "%"),
        Arguments.of("59261-8", "HBA1C", "%"),
        Arguments.of("20448-7", "INSULIN", "u[IU]/mL"),
        Arguments.of("2093-3", "TOTAL_CHOLESTEROL", "mmol/L"),
        Arguments.of("14647-2", "TOTAL_CHOLESTEROL", "mmol/L"),
        Arguments.of("35200-5", "TOTAL_CHOLESTEROL", "mmol/L"),
        Arguments.of("2089-1", "LDL_CHOLESTEROL", "mmol/L"),
        Arguments.of("13457-7", "LDL_CHOLESTEROL", "mmol/L"),
        Arguments.of("18262-6", "LDL_CHOLESTEROL", "mmol/L"),
        Arguments.of("22748-8", "LDL_CHOLESTEROL", "mmol/L"),
        Arguments.of("39469-2", "LDL_CHOLESTEROL", "mmol/L"),
        Arguments.of("2085-9", "HDL_CHOLESTEROL", "mmol/L"),
        Arguments.of("14646-4", "HDL_CHOLESTEROL", "mmol/L"),
        Arguments.of("2571-8", "TRIGLYCERIDES", "mmol/L"),
        Arguments.of("35217-9", "TRIGLYCERIDES", "mmol/L"),
        Arguments.of("14927-8", "TRIGLYCERIDES", "mmol/L"),
        Arguments.of("2160-0", "CREATININE", "umol/L"),
        Arguments.of("14682-9", "CREATININE", "umol/L"),
        Arguments.of("3084-1", "URIC_ACID", "umol/L"),
        Arguments.of("14933-6", "URIC_ACID", "umol/L"),
        Arguments.of("3094-0", "UREA", "mmol/L"),
        Arguments.of("22664-7", "UREA", "mmol/L"),
        Arguments.of("33914-3", "EGFR", "mL/min/{1.73_m2}"),
        Arguments.of("62238-1", "EGFR", "mL/min/{1.73_m2}"),
        Arguments.of("98979-8", "EGFR", "mL/min/{1.73_m2}"),
        Arguments.of("1742-6", "ALT", "U/L"),
        Arguments.of("1920-8", "AST", "U/L"),
        Arguments.of("2324-2", "GGT", "U/L"),
        Arguments.of("1975-2", "TOTAL_BILIRUBIN", "umol/L"),
        Arguments.of("14631-6", "TOTAL_BILIRUBIN", "umol/L"),
        Arguments.of("1751-7", "ALBUMIN", "g/L"),
        Arguments.of("2823-3", "POTASSIUM", "mmol/L"),
        Arguments.of("6298-4", "POTASSIUM", "mmol/L"),
        Arguments.of("718-7", "HAEMOGLOBIN", "g/L"),
        Arguments.of("6690-2", "WBC", "10*9/L"),
        Arguments.of("777-3", "PLATELETS", "10*9/L"),
        Arguments.of("789-8", "RBC", "10*12/L"),
        Arguments.of("4544-3", "HAEMATOCRIT", "%"),
        Arguments.of("20570-8", "HAEMATOCRIT", "%"),
        Arguments.of("3016-3", "TSH", "m[IU]/L"),
        Arguments.of("13965-9", "HOMOCYSTEINE", "umol/L"),
        Arguments.of("8480-6", "SYSTOLIC_BP", "mm[Hg]"),
        Arguments.of("8462-4", "DIASTOLIC_BP", "mm[Hg]"),
        Arguments.of("8867-4", "HEART_RATE", "/min"),
        Arguments.of("8302-2", "BODY_HEIGHT", "cm"),
        Arguments.of("29463-7", "BODY_WEIGHT", "kg"),
        Arguments.of("3141-9", "BODY_WEIGHT", "kg"),
        Arguments.of("39156-5", "BMI", "kg/m2"),
        Arguments.of("8280-0", "WAIST", "cm"),
        Arguments.of("56086-2", "WAIST", "cm"),
        Arguments.of("8310-5", "BODY_TEMPERATURE", "Cel"),
        Arguments.of("59408-5", "OXYGEN_SATURATION", "%"),
        Arguments.of("2708-6", "OXYGEN_SATURATION", "%"));
  }

  @ParameterizedTest(name = "{0} is {1} in {2}")
  @MethodSource("loincCodes")
  void everyCodeResolvesToItsAnalyte(String code, String id, String canonicalUnit) {
    Analyte analyte = Indicators.byLoinc(code).orElseThrow();
    assertThat(analyte.id()).isEqualTo(id);
    assertThat(analyte.canonicalUnit()).isEqualTo(canonicalUnit);
    assertThat(analyte.loincCodes()).contains(code);
    assertThat(Indicators.byId(id)).containsSame(analyte);
  }

  @Test
  void theCatalogueHoldsNoCodeTheListAboveLeavesOut() {
    Set<String> listed = new HashSet<>();
    loincCodes().forEach(a -> listed.add((String) a.get()[0]));
    Set<String> catalogued = new HashSet<>();
    Indicators.all().forEach(a -> catalogued.addAll(a.loincCodes()));
    assertThat(catalogued).isEqualTo(listed);
  }

  @Test
  void codesAreTrimmedAndUnknownCodesFindNothing() {
    assertThat(Indicators.byLoinc(" 2345-7 ")).containsSame(Indicators.GLUCOSE);
    assertThat(Indicators.byLoinc("3091-6")).isEmpty(); // urea as mass of urea: not accepted
    assertThat(Indicators.byLoinc("")).isEmpty();
    assertThat(Indicators.byLoinc(null)).isEmpty();
    assertThat(Indicators.byId("NO_SUCH")).isEmpty();
  }

  @Test
  void mainCodesAreTheUsualOnes() {
    assertThat(Indicators.FASTING_GLUCOSE.primaryLoinc()).isEqualTo("1558-6");
    assertThat(Indicators.GLUCOSE.primaryLoinc()).isEqualTo("2345-7");
    assertThat(Indicators.HBA1C.primaryLoinc()).isEqualTo("4548-4");
    assertThat(Indicators.UREA.primaryLoinc()).isEqualTo("22664-7");
  }

  @Test
  void namesAreGivenInChineseAndEnglish() {
    assertThat(Indicators.FASTING_GLUCOSE.nameZh()).isEqualTo("空腹血糖");
    assertThat(Indicators.HBA1C.nameZh()).isEqualTo("糖化血红蛋白");
    assertThat(Indicators.TOTAL_CHOLESTEROL.nameZh()).isEqualTo("总胆固醇");
    assertThat(Indicators.LDL_CHOLESTEROL.nameZh()).isEqualTo("低密度脂蛋白胆固醇");
    assertThat(Indicators.HDL_CHOLESTEROL.nameZh()).isEqualTo("高密度脂蛋白胆固醇");
    assertThat(Indicators.TRIGLYCERIDES.nameZh()).isEqualTo("甘油三酯");
    assertThat(Indicators.CREATININE.nameZh()).isEqualTo("肌酐");
    assertThat(Indicators.URIC_ACID.nameZh()).isEqualTo("尿酸");
    assertThat(Indicators.ALT.nameZh()).isEqualTo("谷丙转氨酶");
    assertThat(Indicators.AST.nameZh()).isEqualTo("谷草转氨酶");
    assertThat(Indicators.SYSTOLIC_BP.nameZh()).isEqualTo("收缩压");
    assertThat(Indicators.DIASTOLIC_BP.nameZh()).isEqualTo("舒张压");
    assertThat(Indicators.BMI.nameZh()).isEqualTo("体重指数");
    assertThat(Indicators.WAIST.nameZh()).isEqualTo("腰围");
    for (Analyte analyte : Indicators.all()) {
      assertThat(analyte.nameZh()).as(analyte.id()).isNotBlank();
      assertThat(analyte.nameEn()).as(analyte.id()).isNotBlank();
    }
  }

  @Test
  void everyRangeAndCriticalLimitNamesItsSource() {
    for (Analyte analyte : Indicators.all()) {
      for (ReferenceRange range : analyte.referenceRanges()) {
        assertThat(range.source()).as(analyte.id()).isNotBlank();
      }
      analyte.criticalLimits().ifPresent(c -> assertThat(c.source()).isNotBlank());
    }
  }

  @Test
  void everyAnalyteTakesItsOwnCanonicalUnitAsIs() {
    BigDecimal value = new BigDecimal("12.345");
    for (Analyte analyte : Indicators.all()) {
      assertThat(analyte.convert(value, analyte.canonicalUnit())).as(analyte.id()).isSameAs(value);
    }
  }
}
