package health.journey.command.patient;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.ActorType;
import health.journey.api.BusinessTime;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.booking.ExamAttended;
import health.journey.api.booking.ExamBooked;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportedValue;
import health.journey.api.risk.RiskAssessed;
import health.journey.api.rules.DefaultTaggingRules;
import health.journey.api.rules.EvaluateRules;
import health.journey.api.rules.RuleEvidence;
import health.journey.api.rules.RuleFact;
import health.journey.api.rules.RuleTagApplied;
import health.journey.api.rules.RuleTagRemoved;
import health.journey.api.rules.TaggingRuleDefinition;
import health.journey.api.tagging.RemoveTag;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import health.journey.command.CapturedEvents;
import health.journey.command.advice.InMemoryAdviceCatalogue;
import health.journey.command.rules.InMemoryPublishedTaggingRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published tagging rules decide a patient's rule tags from the facts of the patient's stream:
 * a tag while its rule's condition holds, with the facts that made it hold, removed when it no
 * longer holds or the rule is retired, never touching a tag a person set; the lifecycle stage
 * follows the visits unless a person set it.
 */
class PatientRulesTest {

  /** 10:00 in China on 1 June 2026: "now" for these tests. */
  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

  private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

  /** When the blood of the first exam was taken, and its report issued and recorded. */
  private static final Instant TAKEN = Instant.parse("2026-05-20T00:30:00Z");

  private static final Instant ISSUED = Instant.parse("2026-05-20T06:00:00Z");
  private static final Instant RECORDED = Instant.parse("2026-05-21T01:00:00Z");

  /** A second exam, a week later. */
  private static final Instant TAKEN_AGAIN = Instant.parse("2026-05-27T00:30:00Z");

  private static final Instant EVALUATED = Instant.parse("2026-06-01T01:00:00Z");

  /** Born 4 May 1981: 45 today. */
  private static final LocalDate BORN = LocalDate.of(1981, 5, 4);

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

  private static TaggingRuleDefinition rule(String code) {
    return DefaultTaggingRules.all().stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private CardOpened woman() {
    return new CardOpened(
        id,
        "JC-0001",
        CardTier.GOLD,
        EnrolmentChannel.EXAM_CENTRE,
        PersonalData.of(id.toString(), PersonalDataKind.NAME, "王丽"),
        PersonalData.of(id.toString(), PersonalDataKind.PHONE, "13812341234"),
        null,
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, Sex.FEMALE),
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, BORN),
        LifecycleStage.PROSPECT,
        T0);
  }

  private static ReportedValue value(String analyteId, String value, String unit, Instant taken) {
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
        taken,
        "obs-" + analyteId,
        null);
  }

  private static ReportedValue glucose(String mmolPerLitre, Instant taken) {
    return value("FASTING_GLUCOSE", mmolPerLitre, "mmol/L", taken);
  }

  private static ReportedValue bmi(String kgPerSquareMetre, Instant taken) {
    return value("BMI", kgPerSquareMetre, "kg/m2", taken);
  }

  private ExamReportRecorded report(String reportId, Instant taken, ReportedValue... values) {
    return new ExamReportRecorded(
        id,
        reportId,
        "urn:oid:2.16.840.1.113883.3.9999.1",
        "ACC-" + reportId,
        ReportStatus.FINAL,
        taken.plusSeconds(5 * 3600),
        null,
        "hash-" + reportId,
        Sealed.of(
            id, PersonalDataKind.HEALTH, new ReportContent("11502-2", "体检报告", List.of(values))),
        taken.plusSeconds(24 * 3600));
  }

  /** The first exam: fasting glucose 7.4 mmol/L and BMI 29.0 kg/m². */
  private ExamReportRecorded firstExam() {
    return report("report-1", TAKEN, glucose("7.4", TAKEN), bmi("29.0", TAKEN));
  }

  private EvaluateRules evaluate() {
    return new EvaluateRules(id, CAUSE, null, EVALUATED);
  }

  private static MetaData rule(String code, int version) {
    return MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.RULE.name())
        .and(MetaDataKeys.ACTOR_ID, "rule:" + code + "@" + version)
        .and(MetaDataKeys.ACTING_ROLE, "");
  }

  private static MetaData person() {
    return MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.USER.name())
        .and(MetaDataKeys.ACTOR_ID, "hm.zhang")
        .and(MetaDataKeys.ACTING_ROLE, "HEALTH_MANAGER");
  }

  private static EventMessage<?> by(MetaData actor, Object payload) {
    return GenericEventMessage.asEventMessage(payload).andMetaData(actor);
  }

  private RuleFact fact(String analyteId, String value, String unit, Instant at, String eventId) {
    return new RuleFact("INDICATOR", analyteId, new BigDecimal(value), unit, null, at, eventId);
  }

  private RuleTagApplied applied(String code, int version, Instant at, RuleFact... evidence) {
    return new RuleTagApplied(
        id,
        rule(code).tag(),
        code,
        version,
        Sealed.of(id, PersonalDataKind.HEALTH, new RuleEvidence(List.of(evidence))),
        CAUSE,
        at);
  }

  private EventMessage<?> appliedBefore(String code, RuleFact... evidence) {
    return by(rule(code, 1), applied(code, 1, RECORDED, evidence));
  }

  private EventMessage<?> stageByRule(LifecycleStage from, LifecycleStage to) {
    return by(
        rule("lifecycle", 1),
        new LifecycleStageChanged(
            id,
            from,
            to,
            PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "rule:lifecycle@1"),
            RECORDED));
  }

  /** The identifier the patient's stream gave the event {@code payload}. */
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

  private static void assertActsAs(CapturedEvents events, Object event, String actorId) {
    MetaData metaData = events.metaDataOf(event);
    assertThat(metaData.get(MetaDataKeys.ACTOR_TYPE)).isEqualTo(ActorType.RULE.name());
    assertThat(metaData.get(MetaDataKeys.ACTOR_ID)).isEqualTo(actorId);
  }

  @Test
  void aFirstExamInTheDiabeticRangeTagsThePatientWithTheFactsThatMadeEachRuleHold() {
    ExamReportRecorded exam = firstExam();
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(woman(), exam)
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    String examId = eventIdOf(exam);
    RuleFact glucose = fact("FASTING_GLUCOSE", "7.4", "mmol/L", TAKEN, examId);
    RuleFact bmi = fact("BMI", "29.0", "kg/m2", TAKEN, examId);
    assertThat(events.of(RuleTagApplied.class))
        .containsExactlyInAnyOrder(
            applied("hyperglycaemia", 1, EVALUATED, glucose),
            applied("diabetic-range-glucose", 1, EVALUATED, glucose),
            applied("obesity", 1, EVALUATED, bmi));
    for (RuleTagApplied tag : events.of(RuleTagApplied.class)) {
      assertActsAs(events, tag, "rule:" + tag.ruleCode() + "@1");
      assertThat(tag.evidence().kind()).isEqualTo(PersonalDataKind.HEALTH);
    }
    assertThat(events.of(RuleTagApplied.class))
        .extracting(RuleTagApplied::tag)
        .containsExactlyInAnyOrder("hyperglycaemia", "diabetic-range glucose", "obesity");
    assertThat(events.of(RuleTagRemoved.class)).isEmpty();
  }

  @Test
  void aFirstExamMovesAProspectToFirstVisitAndAChronicConditionOnToRevisit() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(woman(), firstExam())
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    List<LifecycleStageChanged> stages = events.of(LifecycleStageChanged.class);
    assertThat(stages)
        .extracting(LifecycleStageChanged::from, LifecycleStageChanged::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT),
            org.assertj.core.groups.Tuple.tuple(
                LifecycleStage.FIRST_VISIT, LifecycleStage.REVISIT));
    assertThat(stages.get(0).reason().reveal())
        .hasValue("rule:lifecycle@1: first exam or visit recorded");
    assertThat(stages.get(1).reason().reveal())
        .hasValue("rule:lifecycle@1: a chronic condition tagged");
    for (LifecycleStageChanged stage : stages) {
      assertActsAs(events, stage, "rule:lifecycle@1");
      assertThat(stage.occurredAt()).isEqualTo(EVALUATED);
    }
    assertThat(events.all().get(events.all().size() - 1)).isEqualTo(stages.get(1));
  }

  @Test
  void aFirstExamWithoutAChronicConditionIsAFirstVisit() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(woman(), report("report-1", TAKEN, bmi("25.0", TAKEN)))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.single(RuleTagApplied.class).ruleCode()).isEqualTo("overweight");
    LifecycleStageChanged stage = events.single(LifecycleStageChanged.class);
    assertThat(stage.from()).isEqualTo(LifecycleStage.PROSPECT);
    assertThat(stage.to()).isEqualTo(LifecycleStage.FIRST_VISIT);
    assertActsAs(events, stage, "rule:lifecycle@1");
  }

  /** The report of a booked exam, its results without a time, issued three days after the exam. */
  @Test
  void anAttendedExamAndItsReportAreOneVisit() {
    ExamReportRecorded report =
        new ExamReportRecorded(
            id,
            "report-1",
            "urn:oid:2.16.840.1.113883.3.9999.1",
            "ACC-1",
            ReportStatus.FINAL,
            ISSUED.plusSeconds(3 * 24 * 3600),
            "booking-1",
            "hash-1",
            Sealed.of(
                id,
                PersonalDataKind.HEALTH,
                new ReportContent("11502-2", "体检报告", List.of(bmi("22.0", null)))),
            RECORDED.plusSeconds(3 * 24 * 3600));
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            new ExamBooked(id, "booking-1", "basic", LocalDate.of(2026, 5, 20), T0),
            new ExamAttended(id, "booking-1", TAKEN),
            report)
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.single(LifecycleStageChanged.class).to())
        .isEqualTo(LifecycleStage.FIRST_VISIT);
  }

  @Test
  void theReportsOfOneExamDayAreOneVisit() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            report("report-lipids", TAKEN, value("TOTAL_CHOLESTEROL", "4.8", "mmol/L", TAKEN)),
            report("report-body", TAKEN, bmi("22.0", TAKEN)))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.single(LifecycleStageChanged.class).to())
        .isEqualTo(LifecycleStage.FIRST_VISIT);
  }

  @Test
  void evaluatingTheSameFactsAgainChangesNothing() {
    fixture
        .given(woman(), firstExam())
        .andGivenCommands(evaluate())
        .when(new EvaluateRules(id, "cause-event-2", null, EVALUATED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  /**
   * A rule on the tags of other rules (obesity and hyperglycaemia together) decides on the tags
   * those rules set in the same evaluation, whatever order the rules are evaluated in.
   */
  @Test
  void aRuleOnOtherRulesTagsDecidesInTheSameEvaluation() {
    for (String code : List.of("a-metabolic-risk", "metabolic-risk", "z-metabolic-risk")) {
      rules.publish(
          new TaggingRuleDefinition(
              code,
              code,
              "代谢风险: obesity and hyperglycaemia together",
              "中国2型糖尿病防治指南（2020年版）: obesity and raised glucose together call for a"
                  + " lifestyle intervention",
              new health.journey.api.rules.Condition.AllOf(
                  List.of(
                      new health.journey.api.rules.Condition.HasTag("obesity"),
                      new health.journey.api.rules.Condition.HasTag("hyperglycaemia")))));
    }
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(woman(), firstExam())
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.of(RuleTagApplied.class))
        .extracting(RuleTagApplied::ruleCode)
        .contains("a-metabolic-risk", "metabolic-risk", "z-metabolic-risk");
    RuleTagApplied metabolic =
        events.of(RuleTagApplied.class).stream()
            .filter(e -> e.ruleCode().equals("metabolic-risk"))
            .findFirst()
            .orElseThrow();
    assertThat(metabolic.evidence().reveal().orElseThrow().facts())
        .containsExactly(
            new RuleFact("TAG", "obesity", null, null, null, null, null),
            new RuleFact("TAG", "hyperglycaemia", null, null, null, null, null));
  }

  @Test
  void aRuleOnOtherRulesTagsLetsGoOfItsTagInTheSameEvaluation() {
    for (String code : List.of("a-metabolic-risk", "metabolic-risk", "z-metabolic-risk")) {
      rules.publish(
          new TaggingRuleDefinition(
              code,
              code,
              "代谢风险: obesity and hyperglycaemia together",
              "中国2型糖尿病防治指南（2020年版）: obesity and raised glucose together call for a"
                  + " lifestyle intervention",
              new health.journey.api.rules.Condition.AllOf(
                  List.of(
                      new health.journey.api.rules.Condition.HasTag("obesity"),
                      new health.journey.api.rules.Condition.HasTag("hyperglycaemia")))));
    }
    fixture
        .given(woman(), firstExam())
        .andGivenCommands(evaluate())
        .andGiven(report("report-2", TAKEN_AGAIN, glucose("5.2", TAKEN_AGAIN)))
        .andGivenCommands(evaluate())
        .when(new EvaluateRules(id, "cause-event-3", null, EVALUATED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aPatientWithoutFactsIsNeitherTaggedNorMoved() {
    fixture.given(woman()).when(evaluate()).expectSuccessfulHandlerExecution().expectNoEvents();
  }

  @Test
  void aNewerNormalGlucoseRemovesTheGlucoseTagsAndLeavesTheOthers() {
    ExamReportRecorded exam = firstExam();
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            exam,
            appliedBefore("hyperglycaemia"),
            appliedBefore("diabetic-range-glucose"),
            appliedBefore("obesity"),
            stageByRule(LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT),
            stageByRule(LifecycleStage.FIRST_VISIT, LifecycleStage.REVISIT),
            report("report-2", TAKEN_AGAIN, glucose("5.2", TAKEN_AGAIN)))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.all()).hasSize(2);
    assertThat(events.of(RuleTagRemoved.class))
        .containsExactlyInAnyOrder(
            new RuleTagRemoved(id, "hyperglycaemia", "hyperglycaemia", 1, CAUSE, EVALUATED),
            new RuleTagRemoved(
                id, "diabetic-range glucose", "diabetic-range-glucose", 1, CAUSE, EVALUATED));
    for (RuleTagRemoved removed : events.of(RuleTagRemoved.class)) {
      assertActsAs(events, removed, "rule:" + removed.ruleCode() + "@1");
    }
  }

  @Test
  void aCorrectedReportReplacesTheValueItCorrects() {
    ExamReportRecorded exam = firstExam();
    ExamReportAmended corrected =
        new ExamReportAmended(
            id,
            exam.reportId(),
            ReportStatus.CORRECTED,
            exam.issuedAt(),
            "hash-corrected",
            Sealed.of(
                id,
                PersonalDataKind.HEALTH,
                new ReportContent(
                    "11502-2", "体检报告", List.of(glucose("5.4", TAKEN), bmi("29.0", TAKEN)))),
            RECORDED.plusSeconds(3600));
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            exam,
            appliedBefore("hyperglycaemia"),
            appliedBefore("diabetic-range-glucose"),
            appliedBefore("obesity"),
            stageByRule(LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT),
            stageByRule(LifecycleStage.FIRST_VISIT, LifecycleStage.REVISIT),
            corrected)
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.all()).hasSize(2);
    assertThat(events.of(RuleTagRemoved.class))
        .extracting(RuleTagRemoved::ruleCode)
        .containsExactlyInAnyOrder("hyperglycaemia", "diabetic-range-glucose");
  }

  @Test
  void aRuleNeverRemovesTheTagAPersonSet() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            by(
                person(),
                new TagApplied(
                    id,
                    "obesity",
                    PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "体型偏胖"),
                    T0)),
            report("report-1", TAKEN, bmi("29.0", TAKEN)),
            appliedBefore("obesity"),
            stageByRule(LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT),
            report("report-2", TAKEN_AGAIN, bmi("27.0", TAKEN_AGAIN)),
            stageByRule(LifecycleStage.FIRST_VISIT, LifecycleStage.REVISIT))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.single(RuleTagRemoved.class).ruleCode()).isEqualTo("obesity");
    assertThat(events.single(RuleTagApplied.class).ruleCode()).isEqualTo("overweight");
    assertThat(events.of(TagRemoved.class)).isEmpty();
  }

  @Test
  void thePersonsTagStaysAfterTheRuleRemovedItsOwn() {
    TagApplied byPerson =
        new TagApplied(
            id, "obesity", PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "体型偏胖"), T0);
    PersonalData why = PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "减重成功");
    fixture
        .given(
            woman(),
            by(person(), byPerson),
            report("report-1", TAKEN, bmi("29.0", TAKEN)),
            appliedBefore("obesity"),
            by(
                rule("obesity", 1),
                new RuleTagRemoved(id, "obesity", "obesity", 1, CAUSE, RECORDED)))
        .when(new RemoveTag(id, "obesity", why, EVALUATED))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new TagRemoved(id, "obesity", why, EVALUATED));
  }

  @Test
  void aRetiredRuleRemovesTheTagItSetAsItsLastVersion() {
    rules.retired("obesity");
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            report("report-1", TAKEN, bmi("29.0", TAKEN)),
            appliedBefore("obesity"),
            stageByRule(LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEvents(new RuleTagRemoved(id, "obesity", "obesity", 1, CAUSE, EVALUATED))
        .expectEventsMatching(events);
    assertActsAs(events, events.single(RuleTagRemoved.class), "rule:obesity@1");
  }

  @Test
  void aNewVersionOfARuleThatStillHoldsAppliesItsTagAgainUnderThatVersion() {
    TaggingRuleDefinition obesity = rule("obesity");
    rules.publish(
        new TaggingRuleDefinition(
            "obesity",
            "obesity",
            obesity.description() + " (reviewed)",
            obesity.source(),
            obesity.condition()));
    ExamReportRecorded exam = report("report-1", TAKEN, bmi("29.0", TAKEN));
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            exam,
            appliedBefore("obesity"),
            stageByRule(LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    RuleTagApplied again = events.single(RuleTagApplied.class);
    assertThat(again)
        .isEqualTo(
            applied("obesity", 2, EVALUATED, fact("BMI", "29.0", "kg/m2", TAKEN, eventIdOf(exam))));
    assertActsAs(events, again, "rule:obesity@2");
    assertThat(events.all()).containsExactly(again);
  }

  @Test
  void aNewVersionThatNoLongerHoldsRemovesTheTagAsThatVersion() {
    rules.publish(
        new TaggingRuleDefinition(
            "obesity",
            "obesity",
            "肥胖: a BMI of 30.0 kg/m² or more in the last year",
            "WHO Technical Report Series 894 (2000): BMI ≥30.0 kg/m² is obesity",
            new health.journey.api.rules.Condition.Indicator(
                "BMI",
                health.journey.api.rules.Condition.Comparison.AT_LEAST,
                new BigDecimal("30.0"),
                365,
                null)));
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            report("report-1", TAKEN, bmi("29.0", TAKEN)),
            appliedBefore("obesity"),
            stageByRule(LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEvents(new RuleTagRemoved(id, "obesity", "obesity", 2, CAUSE, EVALUATED))
        .expectEventsMatching(events);
    assertActsAs(events, events.single(RuleTagRemoved.class), "rule:obesity@2");
  }

  @Test
  void aStageAPersonSetIsNeverChangedByTheRules() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            by(
                person(),
                new LifecycleStageChanged(
                    id,
                    LifecycleStage.PROSPECT,
                    LifecycleStage.FIRST_VISIT,
                    PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "电话咨询后到店"),
                    T0)),
            firstExam(),
            report("report-2", TAKEN_AGAIN, bmi("29.5", TAKEN_AGAIN)))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.of(RuleTagApplied.class)).hasSize(3);
    assertThat(events.of(LifecycleStageChanged.class)).isEmpty();
  }

  @Test
  void aStageTheRulesSetKeepsFollowingTheVisits() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(
            woman(),
            report("report-1", TAKEN, bmi("25.0", TAKEN)),
            by(rule("overweight", 1), applied("overweight", 1, RECORDED)),
            stageByRule(LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT),
            report("report-2", TAKEN_AGAIN, bmi("25.5", TAKEN_AGAIN)))
        .when(evaluate())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    LifecycleStageChanged stage = events.single(LifecycleStageChanged.class);
    assertThat(stage.to()).isEqualTo(LifecycleStage.REVISIT);
    assertThat(stage.reason().reveal())
        .hasValue("rule:lifecycle@1: a second exam or visit recorded");
  }

  @Test
  void evaluatingOneRuleDecidesOnlyThatRule() {
    CapturedEvents events = new CapturedEvents();
    ExamReportRecorded exam =
        report(
            "report-1",
            TAKEN,
            glucose("7.4", TAKEN),
            bmi("29.0", TAKEN),
            value("WAIST", "88.0", "cm", TAKEN),
            value("SYSTOLIC_BP", "132", "mm[Hg]", TAKEN));
    fixture
        .given(woman(), exam)
        .when(new EvaluateRules(id, CAUSE, "obesity", EVALUATED))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.all()).containsExactly(events.single(RuleTagApplied.class));
    assertThat(events.single(RuleTagApplied.class).ruleCode()).isEqualTo("obesity");
    assertThat(events.of(RiskAssessed.class)).isEmpty();
    assertThat(events.of(LifecycleStageChanged.class)).isEmpty();
  }

  @Test
  void evaluatingOneRuleLeavesTheTagsOfRetiredOthers() {
    rules.retired("hyperglycaemia");
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(woman(), firstExam(), appliedBefore("hyperglycaemia"))
        .when(new EvaluateRules(id, CAUSE, "obesity", EVALUATED))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);

    assertThat(events.of(RuleTagRemoved.class)).isEmpty();
    assertThat(events.single(RuleTagApplied.class).ruleCode()).isEqualTo("obesity");
  }
}
