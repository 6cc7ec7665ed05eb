package health.journey.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.BusinessTime;
import health.journey.api.PatientId;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.questionnaire.QuestionnaireScore;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportedValue;
import health.journey.api.rules.DefaultTaggingRules;
import health.journey.api.rules.RuleFact;
import health.journey.api.rules.TaggingRuleDefinition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule set the product ships: each rule cites where its thresholds come from, and each
 * threshold is where the guideline puts it, checked at its edges on facts as a patient's stream
 * gives them.
 */
class DefaultTaggingRulesTest {

  /** 10:00 in China on 1 June 2026: "now" for these tests. */
  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

  private static final Instant LAST_MONTH = Instant.parse("2026-05-01T01:00:00Z");

  private final PatientId patient = PatientId.of("6d0f3a4e-8f3b-4a59-9a64-5b0e1a2f3c4d");
  private RuleFacts facts;
  private int events;

  @BeforeEach
  void setUp() {
    BusinessTime.useClock(Clock.fixed(NOW, ZoneOffset.UTC));
    facts = new RuleFacts();
  }

  @AfterEach
  void restoreTheClock() {
    BusinessTime.useClock(Clock.systemUTC());
  }

  private static TaggingRuleDefinition rule(String code) {
    return DefaultTaggingRules.all().stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no default rule " + code));
  }

  private Optional<List<RuleFact>> evaluate(String code, Sex sex) {
    return RuleEngine.evaluate(
        rule(code).condition(), new RuleEngine.Context(facts, sex, tag -> false, NOW));
  }

  private boolean holds(String code, Sex sex) {
    return evaluate(code, sex).isPresent();
  }

  private boolean holds(String code) {
    return holds(code, Sex.FEMALE);
  }

  private String nextEventId() {
    return "event-" + ++events;
  }

  /** A report with one catalogued value taken at {@code at}; returns the event's identifier. */
  private String reported(String analyteId, String value, String unit, Instant at) {
    BigDecimal number = new BigDecimal(value);
    ReportedValue reported =
        new ReportedValue(
            null,
            analyteId,
            analyteId,
            number,
            unit,
            number,
            unit,
            null,
            null,
            null,
            null,
            false,
            null,
            at,
            "obs-" + events,
            null);
    String eventId = nextEventId();
    facts.on(
        new ExamReportRecorded(
            patient,
            "report-" + eventId,
            "urn:oid:2.16.840.1.113883.3.9999.1",
            "ACC-" + eventId,
            ReportStatus.FINAL,
            at,
            null,
            "hash-" + eventId,
            Sealed.of(
                patient,
                PersonalDataKind.HEALTH,
                new ReportContent("11502-2", "体检报告", List.of(reported))),
            at),
        eventId);
    return eventId;
  }

  private String reported(String analyteId, String value, Instant at) {
    return reported(analyteId, value, "mmol/L", at);
  }

  private String healthRecord(
      List<String> medications, Lifestyle lifestyle, BodyMeasurements measurements) {
    String eventId = nextEventId();
    facts.on(
        new HealthRecordUpdated(
            patient,
            null,
            null,
            null,
            null,
            Sealed.ofNullable(patient, PersonalDataKind.HEALTH, medications),
            Sealed.ofNullable(patient, PersonalDataKind.HEALTH, lifestyle),
            Sealed.ofNullable(patient, PersonalDataKind.HEALTH, measurements),
            null,
            LAST_MONTH),
        eventId);
    return eventId;
  }

  private String smoking(SmokingStatus status) {
    return healthRecord(null, new Lifestyle(status, null, null, null, null), null);
  }

  private String measured(String waistCm, Integer systolic, Integer diastolic) {
    return healthRecord(
        null,
        null,
        new BodyMeasurements(
            null,
            null,
            waistCm == null ? null : new BigDecimal(waistCm),
            LocalDate.of(2026, 5, 20),
            systolic,
            diastolic));
  }

  private String answered(String code, int total, Instant at) {
    String eventId = nextEventId();
    facts.on(
        new QuestionnaireAnswered(
            patient,
            "answer-" + eventId,
            "template-" + code,
            code,
            1,
            null,
            Sealed.of(
                patient,
                PersonalDataKind.HEALTH,
                new QuestionnaireScore(total, "BAND", "band", "分级", List.of(), null, false)),
            AnswerSource.API,
            at),
        eventId);
    return eventId;
  }

  @Test
  void theShippedRulesAreTheTenTheProductPromises() {
    assertThat(DefaultTaggingRules.all())
        .extracting(TaggingRuleDefinition::code)
        .containsExactly(
            "hypertension",
            "hyperglycaemia",
            "diabetic-range-glucose",
            "dyslipidaemia",
            "overweight",
            "obesity",
            "central-obesity",
            "smoker",
            "depression-risk",
            "anxiety-risk");
    assertThat(DefaultTaggingRules.all())
        .extracting(TaggingRuleDefinition::tag)
        .doesNotHaveDuplicates();
  }

  @Test
  void everyRuleNamesTheGuidelineOrPublicationItsThresholdsComeFrom() {
    for (TaggingRuleDefinition rule : DefaultTaggingRules.all()) {
      assertThat(rule.source())
          .as("source of %s", rule.code())
          .containsPattern("(19|20)\\d{2}")
          .satisfiesAnyOf(
              source -> assertThat(source).contains("指南"),
              source -> assertThat(source).containsPattern("WS/T \\d+-\\d{4}"),
              source -> assertThat(source).containsPattern("\\d{4};\\d+:\\d+-\\d+"));
    }
    assertThat(rule("hypertension").source()).contains("中国高血压防治指南");
    assertThat(rule("hyperglycaemia").source()).contains("中国2型糖尿病防治指南");
    assertThat(rule("dyslipidaemia").source()).contains("中国成人血脂异常防治指南");
    assertThat(rule("obesity").source()).contains("WS/T 428-2013");
    assertThat(rule("central-obesity").source()).contains("WS/T 428-2013");
    assertThat(rule("depression-risk").source()).contains("Kroenke", "2001;16:606-613");
    assertThat(rule("anxiety-risk").source()).contains("Spitzer", "2006;166:1092-1097");
  }

  @ParameterizedTest(name = "{0} {1} mmHg: hypertension {2}")
  @CsvSource({
    "SYSTOLIC_BP, 139, false",
    "SYSTOLIC_BP, 140, true",
    "DIASTOLIC_BP, 89, false",
    "DIASTOLIC_BP, 90, true"
  })
  void hypertensionIsABloodPressureOf140Over90OrMore(String analyte, String value, boolean holds) {
    reported(analyte, value, "mm[Hg]", LAST_MONTH);
    assertThat(holds("hypertension")).isEqualTo(holds);
  }

  @Test
  void bloodPressureFromTheHealthRecordCountsToo() {
    measured(null, 138, 92);
    assertThat(holds("hypertension")).isTrue();
  }

  @ParameterizedTest(name = "medications {0}: hypertension {1}")
  @CsvSource({"氨氯地平片 5mg qd, true", "Amlodipine 5 mg, true", "ＶＡＬＳＡＲＴＡＮ, true", "二甲双胍, false"})
  void anAntihypertensiveInTheMedicationListIsHypertension(String medication, boolean holds) {
    String eventId = healthRecord(List.of("阿司匹林", medication), null, null);
    Optional<List<RuleFact>> evidence = evaluate("hypertension", Sex.FEMALE);
    assertThat(evidence.isPresent()).isEqualTo(holds);
    evidence.ifPresent(
        facts ->
            assertThat(facts)
                .containsExactly(
                    new RuleFact("RECORD", "medications", null, null, medication, null, eventId)));
  }

  @ParameterizedTest(name = "fasting glucose {0} mmol/L: hyperglycaemia {1}")
  @CsvSource({"6.09, false", "6.10, true", "6.1, true", "6.99, true", "7.4, true"})
  void hyperglycaemiaIsAFastingGlucoseOf6Point1OrMore(String glucose, boolean holds) {
    reported("FASTING_GLUCOSE", glucose, LAST_MONTH);
    assertThat(holds("hyperglycaemia")).isEqualTo(holds);
  }

  @Test
  void theEvidenceIsTheValueWithItsUnitTimeAndEvent() {
    String eventId = reported("FASTING_GLUCOSE", "6.10", LAST_MONTH);
    assertThat(evaluate("hyperglycaemia", Sex.FEMALE))
        .contains(
            List.of(
                new RuleFact(
                    "INDICATOR",
                    "FASTING_GLUCOSE",
                    new BigDecimal("6.10"),
                    "mmol/L",
                    null,
                    LAST_MONTH,
                    eventId)));
  }

  @ParameterizedTest(name = "{0} {1}: diabetic range {2}")
  @CsvSource({
    "FASTING_GLUCOSE, 6.99, false",
    "FASTING_GLUCOSE, 7.0, true",
    "HBA1C, 6.4, false",
    "HBA1C, 6.5, true"
  })
  void theDiabeticRangeIsAFastingGlucoseOf7OrAnHbA1cOf6Point5OrMore(
      String analyte, String value, boolean holds) {
    reported(analyte, value, analyte.equals("HBA1C") ? "%" : "mmol/L", LAST_MONTH);
    assertThat(holds("diabetic-range-glucose")).isEqualTo(holds);
  }

  @ParameterizedTest(name = "{0} {1} mmol/L: dyslipidaemia {2}")
  @CsvSource({
    "TOTAL_CHOLESTEROL, 6.19, false",
    "TOTAL_CHOLESTEROL, 6.2, true",
    "LDL_CHOLESTEROL, 4.09, false",
    "LDL_CHOLESTEROL, 4.1, true",
    "TRIGLYCERIDES, 2.29, false",
    "TRIGLYCERIDES, 2.3, true",
    "HDL_CHOLESTEROL, 1.00, false",
    "HDL_CHOLESTEROL, 0.99, true"
  })
  void dyslipidaemiaIsARaisedCholesterolOrTriglyceridesOrALowHdl(
      String analyte, String value, boolean holds) {
    reported(analyte, value, LAST_MONTH);
    assertThat(holds("dyslipidaemia")).isEqualTo(holds);
  }

  @ParameterizedTest(name = "BMI {0}: overweight {1}, obesity {2}")
  @CsvSource({
    "23.9, false, false",
    "24.0, true, false",
    "27.9, true, false",
    "28.0, false, true",
    "35.2, false, true"
  })
  void overweightIsABmiFrom24ToUnder28AndObesity28OrMore(
      String bmi, boolean overweight, boolean obesity) {
    reported("BMI", bmi, "kg/m2", LAST_MONTH);
    assertThat(holds("overweight")).isEqualTo(overweight);
    assertThat(holds("obesity")).isEqualTo(obesity);
  }

  @Test
  void overweightNamesTheBmiOnceAsItsEvidence() {
    String eventId = reported("BMI", "25.3", "kg/m2", LAST_MONTH);
    assertThat(evaluate("overweight", Sex.MALE))
        .contains(
            List.of(
                new RuleFact(
                    "INDICATOR",
                    "BMI",
                    new BigDecimal("25.3"),
                    "kg/m2",
                    null,
                    LAST_MONTH,
                    eventId)));
  }

  @ParameterizedTest(name = "{0}, waist {1} cm: central obesity {2}")
  @CsvSource({
    "MALE, 89.9, false",
    "MALE, 90.0, true",
    "FEMALE, 84.9, false",
    "FEMALE, 85.0, true",
    "MALE, 85.0, false",
    "UNKNOWN, 100.0, false",
    "UNSPECIFIED, 100.0, false"
  })
  void centralObesityIsAWaistOf90cmForMenAnd85cmForWomen(Sex sex, String waist, boolean holds) {
    measured(waist, null, null);
    assertThat(holds("central-obesity", sex)).isEqualTo(holds);
  }

  @ParameterizedTest(name = "smoking {0}: smoker {1}")
  @CsvSource({"CURRENT, true", "FORMER, false", "NEVER, false"})
  void aSmokerIsOneWhoSmokesNow(SmokingStatus status, boolean holds) {
    String eventId = smoking(status);
    assertThat(holds("smoker")).isEqualTo(holds);
    if (holds) {
      assertThat(evaluate("smoker", Sex.MALE))
          .contains(
              List.of(new RuleFact("RECORD", "smoking", null, null, "CURRENT", null, eventId)));
    }
  }

  @Test
  void aRecordThatSaysNothingOfSmokingIsNoSmoker() {
    measured("80", 120, 80);
    assertThat(holds("smoker")).isFalse();
  }

  @ParameterizedTest(name = "{0} total {1}: {2} {3}")
  @CsvSource({
    "phq-9, 9, depression-risk, false",
    "phq-9, 10, depression-risk, true",
    "gad-7, 9, anxiety-risk, false",
    "gad-7, 10, anxiety-risk, true",
    "gad-7, 21, depression-risk, false"
  })
  void depressionAndAnxietyRiskAreATotalOf10OrMore(
      String questionnaire, int total, String rule, boolean holds) {
    answered(questionnaire, total, LAST_MONTH);
    assertThat(holds(rule)).isEqualTo(holds);
  }

  @Test
  void aValueCountsForAYearAndNotADayMore() {
    reported("FASTING_GLUCOSE", "7.4", NOW.minus(Duration.ofDays(365)));
    assertThat(holds("diabetic-range-glucose")).isTrue();

    facts = new RuleFacts();
    reported("FASTING_GLUCOSE", "7.4", NOW.minus(Duration.ofDays(366)));
    assertThat(holds("diabetic-range-glucose")).isFalse();
    assertThat(holds("hyperglycaemia")).isFalse();
  }

  @Test
  void aQuestionnaireTotalCountsFor90Days() {
    answered("phq-9", 15, NOW.minus(Duration.ofDays(90)));
    assertThat(holds("depression-risk")).isTrue();

    facts = new RuleFacts();
    answered("phq-9", 15, NOW.minus(Duration.ofDays(91)));
    assertThat(holds("depression-risk")).isFalse();
  }

  @Test
  void aValueFromTheFutureDoesNotCount() {
    reported("FASTING_GLUCOSE", "7.4", NOW.plus(Duration.ofHours(1)));
    assertThat(holds("hyperglycaemia")).isFalse();
  }

  @Test
  void theLatestValueDecidesNotTheHighest() {
    reported("FASTING_GLUCOSE", "7.4", LAST_MONTH);
    reported("FASTING_GLUCOSE", "5.2", LAST_MONTH.plus(Duration.ofDays(7)));
    assertThat(holds("hyperglycaemia")).isFalse();
  }

  @Test
  void anOlderValueReportedLaterDoesNotReplaceANewerOne() {
    String newer = reported("FASTING_GLUCOSE", "7.4", LAST_MONTH);
    reported("FASTING_GLUCOSE", "5.2", LAST_MONTH.minus(Duration.ofDays(30)));
    assertThat(evaluate("hyperglycaemia", Sex.FEMALE))
        .hasValueSatisfying(
            evidence ->
                assertThat(evidence)
                    .extracting(RuleFact::value, RuleFact::sourceEventId)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("7.4"), newer)));
  }

  @Test
  void aPatientWithoutTheFactMeetsNoRule() {
    for (TaggingRuleDefinition rule : DefaultTaggingRules.all()) {
      assertThat(holds(rule.code(), Sex.MALE)).as(rule.code()).isFalse();
      assertThat(holds(rule.code(), Sex.FEMALE)).as(rule.code()).isFalse();
    }
  }
}
