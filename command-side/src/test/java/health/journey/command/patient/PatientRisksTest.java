package health.journey.command.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import health.journey.api.ActorType;
import health.journey.api.BusinessTime;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportedValue;
import health.journey.api.risk.RiskAssessed;
import health.journey.api.risk.RiskAssessment;
import health.journey.api.rules.DefaultTaggingRules;
import health.journey.api.rules.EvaluateRules;
import health.journey.api.rules.RuleFact;
import health.journey.command.CapturedEvents;
import health.journey.command.advice.InMemoryAdviceCatalogue;
import health.journey.command.risk.ChineseDiabetesRiskScore;
import health.journey.command.risk.FraminghamGeneralCvd;
import health.journey.command.risk.FraminghamInput;
import health.journey.command.rules.InMemoryPublishedTaggingRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The risk models assess a patient from the facts of the patient's record: every input named with
 * the event it came from, no score from a missing input, and an assessment recorded only when it
 * changes.
 */
class PatientRisksTest {

  /** 10:00 in China on 1 June 2026: "now" for these tests. */
  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

  private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
  private static final Instant TAKEN = Instant.parse("2026-05-20T00:30:00Z");
  private static final Instant UPDATED = Instant.parse("2026-05-22T03:00:00Z");
  private static final Instant EVALUATED = Instant.parse("2026-06-01T01:00:00Z");

  /** Born 4 May 1981: 45 today. */
  private static final LocalDate BORN_1981 = LocalDate.of(1981, 5, 4);

  /** Born 10 March 1965: 61 today. */
  private static final LocalDate BORN_1965 = LocalDate.of(1965, 3, 10);

  private static final String CAUSE = "cause-event-1";

  private final PatientId id = PatientId.of("6d0f3a4e-8f3b-4a59-9a64-5b0e1a2f3c4d");
  private final InMemoryPublishedTaggingRules rules = new InMemoryPublishedTaggingRules();
  private AggregateTestFixture<Patient> fixture;

  @BeforeEach
  void setUp() {
    BusinessTime.useClock(Clock.fixed(NOW, ZoneOffset.UTC));
    fixture = new AggregateTestFixture<>(Patient.class);
    fixture.registerInjectableResource(rules);
    fixture.registerInjectableResource(new InMemoryAdviceCatalogue());
    DefaultTaggingRules.all().forEach(rules::publish);
  }

  @AfterEach
  void restoreTheClock() {
    BusinessTime.useClock(Clock.systemUTC());
  }

  private CardOpened woman(LocalDate born) {
    return cardOpened(Sex.FEMALE, born);
  }

  private CardOpened cardOpened(Sex sex, LocalDate born) {
    return new CardOpened(
        id,
        "JC-0001",
        CardTier.GOLD,
        EnrolmentChannel.EXAM_CENTRE,
        PersonalData.of(id.toString(), PersonalDataKind.NAME, "王丽"),
        PersonalData.of(id.toString(), PersonalDataKind.PHONE, "13812341234"),
        null,
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, sex),
        Sealed.ofNullable(id, PersonalDataKind.DEMOGRAPHIC, born),
        LifecycleStage.PROSPECT,
        T0);
  }

  private static ReportedValue value(String analyteId, String value, String unit) {
    BigDecimal number = new BigDecimal(value);
    return new ReportedValue(
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
        TAKEN,
        "obs-" + analyteId,
        null);
  }

  private ExamReportRecorded report(ReportedValue... values) {
    return new ExamReportRecorded(
        id,
        "report-1",
        "urn:oid:2.16.840.1.113883.3.9999.1",
        "ACC-1",
        ReportStatus.FINAL,
        TAKEN.plusSeconds(5 * 3600),
        null,
        "hash-1",
        Sealed.of(
            id, PersonalDataKind.HEALTH, new ReportContent("11502-2", "体检报告", List.of(values))),
        TAKEN.plusSeconds(24 * 3600));
  }

  private HealthRecordUpdated healthRecord(
      List<String> medicalHistory,
      List<String> familyHistory,
      List<String> medications,
      Lifestyle lifestyle,
      BodyMeasurements measurements) {
    return new HealthRecordUpdated(
        id,
        null,
        Sealed.ofNullable(id, PersonalDataKind.HEALTH, medicalHistory),
        Sealed.ofNullable(id, PersonalDataKind.HEALTH, familyHistory),
        null,
        Sealed.ofNullable(id, PersonalDataKind.HEALTH, medications),
        Sealed.ofNullable(id, PersonalDataKind.HEALTH, lifestyle),
        Sealed.ofNullable(id, PersonalDataKind.HEALTH, measurements),
        null,
        UPDATED);
  }

  /** A father with type 2 diabetes. */
  private HealthRecordUpdated familyDiabetes() {
    return healthRecord(null, List.of("父亲：2型糖尿病"), null, null, null);
  }

  private EvaluateRules evaluate() {
    return new EvaluateRules(id, CAUSE, null, EVALUATED);
  }

  private String eventIdOf(Object payload) {
    return fixture
        .getEventStore()
        .readEvents(id.toString())
        .asStream()
        .filter(m -> m.getPayload().equals(payload))
        .map(DomainEventMessage::getIdentifier)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the stream: " + payload));
  }

  private static RuleFact indicator(String analyte, String value, String unit, String eventId) {
    return new RuleFact("INDICATOR", analyte, new BigDecimal(value), unit, null, TAKEN, eventId);
  }

  private static RuleFact record(String name, String text, String eventId) {
    return new RuleFact("RECORD", name, null, null, text, null, eventId);
  }

  private static RuleFact sex(Sex sex) {
    return new RuleFact("SEX", "sex", null, null, sex.name(), null, null);
  }

  private static RuleFact age(int years) {
    return new RuleFact("AGE", "age", BigDecimal.valueOf(years), "years", null, null, null);
  }

  private static RiskAssessment revealed(RiskAssessed event) {
    return event.assessment().reveal().orElseThrow();
  }

  /**
   * A 45-year-old woman, waist 86.0 cm, BMI 26.0 kg/m², systolic pressure 132 mmHg, a father with
   * diabetes. The score sheet of Zhou X, et al. Diabetes Care 2013;36(12):3944-3952 (as {@code
   * ChineseDiabetesRiskScore} implements it): age 45-49 = 12, female = 0, women's waist 85.0-89.9
   * cm = 8, BMI 24.0-29.9 = 3, systolic pressure 130-139 mmHg = 6, family history of diabetes = 6;
   * total 35, at or above the cut-off of 25: high risk.
   */
  @Test
  void theDiabetesRiskScoreIsThePointsOfTheScoreSheetWithEveryInputAndItsSource() {
    ExamReportRecorded exam =
        report(
            value("WAIST", "86.0", "cm"),
            value("BMI", "26.0", "kg/m2"),
            value("SYSTOLIC_BP", "132", "mm[Hg]"));
    HealthRecordUpdated family = familyDiabetes();
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(woman(BORN_1981), exam, family)
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    RiskAssessed assessed = events.single(RiskAssessed.class);
    String examId = eventIdOf(exam);
    String familyId = eventIdOf(family);
    assertThat(assessed.model()).isEqualTo("chinese-diabetes-risk-score");
    assertThat(assessed.modelVersion()).isEqualTo("chinese-diabetes-risk-score@2013");
    assertThat(assessed.band()).isEqualTo("HIGH");
    assertThat(assessed.causeEventId()).isEqualTo(CAUSE);
    assertThat(assessed.occurredAt()).isEqualTo(EVALUATED);
    assertThat(assessed.fingerprint()).isNotBlank();
    assertThat(assessed.assessment().kind()).isEqualTo(PersonalDataKind.HEALTH);
    assertThat(revealed(assessed))
        .isEqualTo(
            new RiskAssessment(
                new BigDecimal("35"),
                "points",
                "HIGH",
                List.of(
                    sex(Sex.FEMALE),
                    age(45),
                    indicator("WAIST", "86.0", "cm", examId),
                    indicator("BMI", "26.0", "kg/m2", examId),
                    indicator("SYSTOLIC_BP", "132", "mm[Hg]", examId),
                    record("family_history_of_diabetes", "true", familyId)),
                List.of(),
                null,
                ChineseDiabetesRiskScore.BAND_EXPLANATION));
    MetaData metaData = events.metaDataOf(assessed);
    assertThat(metaData.get(MetaDataKeys.ACTOR_TYPE)).isEqualTo(ActorType.MODEL.name());
    assertThat(metaData.get(MetaDataKeys.ACTOR_ID))
        .isEqualTo("model:chinese-diabetes-risk-score@2013");
  }

  /**
   * The same woman with no diabetes in the family and a systolic pressure of 118 mmHg: 12 + 0 + 8 +
   * 3 + 1 (110-119) + 0 = 24, below the cut-off.
   */
  @Test
  void aScoreBelow25IsBelowTheThreshold() {
    HealthRecordUpdated family = healthRecord(null, List.of("母亲：高血压"), null, null, null);
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(BORN_1981),
            report(
                value("WAIST", "86.0", "cm"),
                value("BMI", "26.0", "kg/m2"),
                value("SYSTOLIC_BP", "118", "mm[Hg]")),
            family)
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    RiskAssessed assessed = events.single(RiskAssessed.class);
    assertThat(assessed.band()).isEqualTo("BELOW_THRESHOLD");
    assertThat(revealed(assessed).score()).isEqualByComparingTo("24");
    assertThat(revealed(assessed).inputs())
        .contains(record("family_history_of_diabetes", "false", eventIdOf(family)));
  }

  @Test
  void aModelThatNeverScoredThePatientRecordsNothingWithoutAnInput() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(BORN_1981),
            report(value("BMI", "26.0", "kg/m2"), value("SYSTOLIC_BP", "132", "mm[Hg]")),
            familyDiabetes())
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.of(RiskAssessed.class)).isEmpty();
  }

  @Test
  void aPatientOfUnknownSexIsNotScored() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            cardOpened(Sex.UNKNOWN, BORN_1981),
            report(
                value("WAIST", "86.0", "cm"),
                value("BMI", "26.0", "kg/m2"),
                value("SYSTOLIC_BP", "132", "mm[Hg]")),
            familyDiabetes())
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.of(RiskAssessed.class)).isEmpty();
  }

  @Test
  void anUnchangedAssessmentIsNotRecordedAgain() {
    fixture
        .given(
            woman(BORN_1981),
            report(
                value("WAIST", "86.0", "cm"),
                value("BMI", "26.0", "kg/m2"),
                value("SYSTOLIC_BP", "132", "mm[Hg]")),
            familyDiabetes())
        .andGivenCommands(evaluate())
        .when(new EvaluateRules(id, "cause-event-2", null, EVALUATED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  /**
   * The waist was measured on 10 June 2025: within the year on 1 June 2026, more than a year old on
   * 15 June 2026. The score it gave is then withdrawn, naming the waist as missing.
   */
  @Test
  void anInputOlderThanAYearIsMissingAndTheScoreIsWithdrawn() {
    HealthRecordUpdated waist =
        healthRecord(
            null,
            List.of("父亲：2型糖尿病"),
            null,
            null,
            new BodyMeasurements(null, null, new BigDecimal("86.0"), LocalDate.of(2025, 6, 10)));
    TestExecutor<Patient> scored =
        fixture
            .given(
                woman(BORN_1981),
                report(value("BMI", "26.0", "kg/m2"), value("SYSTOLIC_BP", "132", "mm[Hg]")),
                waist)
            .andGivenCommands(evaluate());

    Instant fortnightLater = Instant.parse("2026-06-15T02:00:00Z");
    BusinessTime.useClock(Clock.fixed(fortnightLater, ZoneOffset.UTC));
    CapturedEvents events = new CapturedEvents();
    scored
        .when(new EvaluateRules(id, "cause-event-2", null, fortnightLater))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    RiskAssessed withdrawn = events.single(RiskAssessed.class);
    assertThat(withdrawn.model()).isEqualTo("chinese-diabetes-risk-score");
    assertThat(withdrawn.band()).isNull();
    assertThat(withdrawn.causeEventId()).isEqualTo("cause-event-2");
    RiskAssessment assessment = revealed(withdrawn);
    assertThat(assessment.score()).isNull();
    assertThat(assessment.band()).isNull();
    assertThat(assessment.missingInputs()).containsExactly("waistCm");
    assertThat(assessment.noScoreReason()).isEqualTo("Missing required inputs: waistCm");
    assertThat(events.metaDataOf(withdrawn).get(MetaDataKeys.ACTOR_ID))
        .isEqualTo("model:chinese-diabetes-risk-score@2013");
  }

  /**
   * The worked example of FraminghamGeneralCvdTest (D'Agostino RB Sr, et al. Circulation
   * 2008;117:743-753, Tables 5, 6 and 9): a 61-year-old woman, total cholesterol 180 mg/dL, HDL 47
   * mg/dL, untreated systolic pressure 124 mmHg, a smoker without diabetes; 13 points, 10.0 %. Her
   * laboratory reports cholesterol in mmol/L (4.65 and 1.22, that is 179.8 and 47.2 mg/dL at 38.67
   * mg/dL per mmol/L), which the model is given in mg/dL.
   */
  @Test
  void framinghamIsGivenCholesterolInMgPerDlAndReproducesThePublishedExample() {
    ExamReportRecorded exam =
        report(
            value("TOTAL_CHOLESTEROL", "4.65", "mmol/L"),
            value("HDL_CHOLESTEROL", "1.22", "mmol/L"),
            value("SYSTOLIC_BP", "124", "mm[Hg]"),
            value("FASTING_GLUCOSE", "5.0", "mmol/L"));
    HealthRecordUpdated record =
        healthRecord(
            null,
            null,
            List.of("阿司匹林肠溶片 100mg qd"),
            new Lifestyle(SmokingStatus.CURRENT, 10, null, null, null),
            null);
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(woman(BORN_1965), exam, record)
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    double expected =
        FraminghamGeneralCvd.assess(
                new FraminghamInput(
                    health.journey.command.risk.Sex.FEMALE,
                    61,
                    4.65 * 38.67,
                    1.22 * 38.67,
                    124.0,
                    false,
                    true,
                    false))
            .tenYearRisk();
    RiskAssessed assessed = events.single(RiskAssessed.class);
    assertThat(assessed.model()).isEqualTo("framingham-general-cvd");
    assertThat(assessed.modelVersion()).isEqualTo("framingham-general-cvd@2008");
    RiskAssessment assessment = revealed(assessed);
    assertThat(assessment.scoreUnit()).isEqualTo("10-year risk");
    assertThat(assessment.score().doubleValue()).isEqualTo(expected);
    assertThat(assessment.score().doubleValue()).isCloseTo(0.100, within(0.005));
    assertThat(assessment.band()).isEqualTo(FraminghamGeneralCvd.band(expected).name());
    assertThat(assessed.band()).isEqualTo(assessment.band());
    String examId = eventIdOf(exam);
    String recordId = eventIdOf(record);
    assertThat(assessment.inputs())
        .containsExactly(
            sex(Sex.FEMALE),
            age(61),
            indicator("TOTAL_CHOLESTEROL", "4.65", "mmol/L", examId),
            indicator("HDL_CHOLESTEROL", "1.22", "mmol/L", examId),
            indicator("SYSTOLIC_BP", "124", "mm[Hg]", examId),
            record("on_blood_pressure_treatment", "false", recordId),
            record("smoking", "CURRENT", recordId),
            indicator("FASTING_GLUCOSE", "5.0", "mmol/L", examId));
    assertThat(assessment.missingInputs()).isEmpty();
    assertThat(events.metaDataOf(assessed).get(MetaDataKeys.ACTOR_ID))
        .isEqualTo("model:framingham-general-cvd@2008");
  }

  @Test
  void anAntihypertensiveInTheMedicationListIsTreatedBloodPressure() {
    List<String> medications = new ArrayList<>(List.of("氨氯地平 5mg qd"));
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(BORN_1965),
            report(
                value("TOTAL_CHOLESTEROL", "4.65", "mmol/L"),
                value("HDL_CHOLESTEROL", "1.22", "mmol/L"),
                value("SYSTOLIC_BP", "124", "mm[Hg]"),
                value("HBA1C", "6.8", "%")),
            healthRecord(
                null,
                null,
                medications,
                new Lifestyle(SmokingStatus.NEVER, null, null, null, null),
                null))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    double expected =
        FraminghamGeneralCvd.assess(
                new FraminghamInput(
                    health.journey.command.risk.Sex.FEMALE,
                    61,
                    4.65 * 38.67,
                    1.22 * 38.67,
                    124.0,
                    true,
                    false,
                    true))
            .tenYearRisk();
    assertThat(revealed(events.single(RiskAssessed.class)).score().doubleValue())
        .isEqualTo(expected);
  }
}
