package health.journey.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.ActorType;
import health.journey.api.BusinessTime;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.booking.ExamAttended;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportStatus;
import health.journey.api.risk.RiskAssessed;
import health.journey.api.rules.EvaluateRules;
import health.journey.api.rules.RuleTagApplied;
import health.journey.api.rules.RuleTagRemoved;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When a fact the rules read changes, the rules policy has the patient evaluated, because of that
 * event and under its own name; the decisions the evaluation records do not set it off again.
 */
class RulesPolicyTest {

  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
  private static final Instant T1 = Instant.parse("2026-05-20T01:00:00Z");
  private static final PatientId ID = PatientId.of("6d0f3a4e-8f3b-4a59-9a64-5b0e1a2f3c4d");

  private final RecordingCommandBus commandBus = new RecordingCommandBus();
  private AnnotationEventHandlerAdapter policy;

  @BeforeEach
  void setUp() {
    BusinessTime.useClock(Clock.fixed(NOW, ZoneOffset.UTC));
    policy =
        new AnnotationEventHandlerAdapter(
            new RulesPolicy(DefaultCommandGateway.builder().commandBus(commandBus).build()));
  }

  @AfterEach
  void restoreTheClock() {
    BusinessTime.useClock(Clock.systemUTC());
  }

  private static PersonalData text(String value) {
    return PersonalData.of(ID.toString(), PersonalDataKind.FREE_TEXT, value);
  }

  private static Sealed<ReportContent> content() {
    return Sealed.of(ID, PersonalDataKind.HEALTH, new ReportContent("11502-2", "体检报告", List.of()));
  }

  /** Every fact the rules and risk models read. */
  static Stream<Object> facts() {
    return Stream.of(
        new CardOpened(
            ID,
            "JC-0001",
            CardTier.GOLD,
            EnrolmentChannel.EXAM_CENTRE,
            PersonalData.of(ID.toString(), PersonalDataKind.NAME, "王丽"),
            PersonalData.of(ID.toString(), PersonalDataKind.PHONE, "13812341234"),
            null,
            Sealed.of(ID, PersonalDataKind.DEMOGRAPHIC, Sex.FEMALE),
            Sealed.of(ID, PersonalDataKind.DEMOGRAPHIC, LocalDate.of(1981, 5, 4)),
            LifecycleStage.PROSPECT,
            T1),
        new ExamReportRecorded(
            ID, "report-1", "lab", "ACC-1", ReportStatus.FINAL, T1, null, "hash-1", content(), T1),
        new ExamReportAmended(ID, "report-1", ReportStatus.AMENDED, T1, "hash-2", content(), T1),
        new QuestionnaireAnswered(
            ID, "answer-1", "template-1", "phq-9", 1, null, null, AnswerSource.API, T1),
        new HealthRecordUpdated(ID, null, null, null, null, null, null, null, null, T1),
        new TagApplied(ID, "obesity", text("体型偏胖"), T1),
        new TagRemoved(ID, "obesity", text("减重成功"), T1),
        new ExamAttended(ID, "booking-1", T1));
  }

  /** What the evaluation itself records: reacting to it would evaluate again for nothing. */
  static Stream<Object> decisions() {
    return Stream.of(
        new RuleTagApplied(ID, "obesity", "obesity", 1, null, "cause", T1),
        new RuleTagRemoved(ID, "obesity", "obesity", 1, "cause", T1),
        new RiskAssessed(ID, "m", "m@1", null, null, "f", "cause", T1),
        new LifecycleStageChanged(
            ID, LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT, text("rule"), T1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void aChangedFactHasThePatientEvaluatedBecauseOfItUnderThePolicysName(Object fact)
      throws Exception {
    EventMessage<?> event = GenericEventMessage.asEventMessage(fact);

    assertThat(policy.canHandle(event)).isTrue();
    policy.handle(event);

    assertThat(commandBus.getDispatchedCommands()).hasSize(1);
    CommandMessage<?> command = commandBus.getDispatchedCommands().get(0);
    assertThat(command.getPayload())
        .isEqualTo(new EvaluateRules(ID, event.getIdentifier(), null, NOW));
    assertThat(command.getMetaData())
        .containsEntry(MetaDataKeys.ACTOR_TYPE, ActorType.POLICY.name())
        .containsEntry(MetaDataKeys.ACTOR_ID, "policy:rules")
        .containsEntry(MetaDataKeys.ACTING_ROLE, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void theDecisionsOfAnEvaluationDoNotSetItOffAgain(Object decision) throws Exception {
    EventMessage<?> event = GenericEventMessage.asEventMessage(decision);

    assertThat(policy.canHandle(event)).isFalse();
    policy.handle(event);

    assertThat(commandBus.getDispatchedCommands()).isEmpty();
  }

  @Test
  void theSameFactDeliveredTwiceAsksForTheSameEvaluation() throws Exception {
    EventMessage<?> event = GenericEventMessage.asEventMessage(facts().findFirst().orElseThrow());

    policy.handle(event);
    policy.handle(event);

    assertThat(commandBus.getDispatchedCommands().stream().<Object>map(CommandMessage::getPayload))
        .containsExactly(
            new EvaluateRules(ID, event.getIdentifier(), null, NOW),
            new EvaluateRules(ID, event.getIdentifier(), null, NOW));
  }

  @Test
  void thePolicyRunsInItsOwnGroupAndIsNotReplayed() {
    assertThat(RulesPolicy.class.getAnnotation(ProcessingGroup.class).value())
        .isEqualTo(TaggingRules.POLICY_GROUP);
    assertThat(RulesPolicy.class.isAnnotationPresent(DisallowReplay.class)).isTrue();
  }
}
