package health.journey.command.patient;

import static health.journey.command.Refusals.breaking;
import static health.journey.command.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.PatientId;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.questionnaire.Answer;
import health.journey.api.questionnaire.AnswerFlag;
import health.journey.api.questionnaire.AnswerFlagRaised;
import health.journey.api.questionnaire.AnswerOutcome;
import health.journey.api.questionnaire.AnswerQuestionnaire;
import health.journey.api.questionnaire.AnswerSheet;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnaireRule;
import health.journey.api.questionnaire.QuestionnaireScore;
import health.journey.api.questionnaire.StandardQuestionnaires;
import health.journey.command.CapturedEvents;
import health.journey.command.questionnaire.InMemoryQuestionnaireVersions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A patient answers a published questionnaire; the product checks and scores the answers. */
class PatientAnswersTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-02T09:30:00Z");

  /**
   * LOINC answer list LL358-3: not at all, several days, more than half the days, nearly every day.
   */
  private static final List<String> FREQUENCY =
      List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");

  private static final String PHQ9_ITEM_1 = "44250-9";
  private static final String PHQ9_ITEM_9 = "44260-8";
  private static final String PHQ9_STATED_TOTAL = "44261-6";
  private static final String PHQ9_DIFFICULTY = "69722-7";

  private final PatientId id = PatientId.of("6d0f3a4e-8f3b-4a59-9a64-5b0e1a2f3c4d");
  private final QuestionnaireDefinition phq9 = StandardQuestionnaires.phq9();
  private final QuestionnaireDefinition gad7 = StandardQuestionnaires.gad7();
  private final InMemoryQuestionnaireVersions versions = new InMemoryQuestionnaireVersions();
  private AggregateTestFixture<Patient> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Patient.class);
    fixture.registerInjectableResource(versions);
    versions.publish(phq9);
    versions.publish(gad7);
  }

  private CardOpened cardOpened() {
    return new CardOpened(
        id,
        "JC-0001",
        CardTier.GOLD,
        EnrolmentChannel.EXAM_CENTRE,
        PersonalData.of(id.toString(), PersonalDataKind.NAME, "王丽"),
        PersonalData.of(id.toString(), PersonalDataKind.PHONE, "13812341234"),
        null,
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, Sex.FEMALE),
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, LocalDate.of(1981, 5, 4)),
        LifecycleStage.PROSPECT,
        T0);
  }

  /** Answers to the scored items of {@code definition}, in order, scoring {@code points} each. */
  private static List<Answer> items(QuestionnaireDefinition definition, int... points) {
    List<Question> scored = definition.questions().stream().filter(Question::scored).toList();
    assertThat(points).hasSameSizeAs(scored);
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      answers.add(Answer.choice(scored.get(i).linkId(), FREQUENCY.get(points[i])));
    }
    return answers;
  }

  /** Answers totalling {@code total}, the earlier items filled first (so the last item last). */
  private static List<Answer> totalling(QuestionnaireDefinition definition, int total) {
    int count = (int) definition.questions().stream().filter(Question::scored).count();
    int[] points = new int[count];
    int left = total;
    for (int i = 0; i < count; i++) {
      points[i] = Math.min(3, left);
      left -= points[i];
    }
    assertThat(left).as("total %s is more than the items can score", total).isZero();
    return items(definition, points);
  }

  private AnswerQuestionnaire answering(
      String code, Integer version, List<Answer> answers, Integer statedTotal) {
    return new AnswerQuestionnaire(
        id, "answer-1", code, version, answers, statedTotal, AnswerSource.API, T1);
  }

  private static List<Answer> with(List<Answer> answers, Answer extra) {
    List<Answer> all = new ArrayList<>(answers);
    all.add(extra);
    return all;
  }

  private static List<Answer> replacing(List<Answer> answers, Answer replacement) {
    return answers.stream()
        .map(a -> a.linkId().equals(replacement.linkId()) ? replacement : a)
        .toList();
  }

  private QuestionnaireScore scoreOf(CapturedEvents events) {
    return events.single(QuestionnaireAnswered.class).score().reveal().orElseThrow();
  }

  @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
  @CsvSource({
    "0, MINIMAL",
    "4, MINIMAL",
    "5, MILD",
    "9, MILD",
    "10, MODERATE",
    "14, MODERATE",
    "15, MODERATELY_SEVERE",
    "19, MODERATELY_SEVERE",
    "20, SEVERE",
    "27, SEVERE"
  })
  void phq9TotalsFallInTheSeverityBandsKroenkeSpitzerAndWilliamsPublished(int total, String band) {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, totalling(phq9, total), null))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);
    QuestionnaireScore score = scoreOf(events);
    assertThat(score.total()).isEqualTo(total);
    assertThat(score.bandCode()).isEqualTo(band);
  }

  @ParameterizedTest(name = "GAD-7 total {0} is {1}")
  @CsvSource({
    "0, MINIMAL",
    "4, MINIMAL",
    "5, MILD",
    "9, MILD",
    "10, MODERATE",
    "14, MODERATE",
    "15, SEVERE",
    "21, SEVERE"
  })
  void gad7TotalsFallInTheSeverityBandsSpitzerEtAlPublished(int total, String band) {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("gad-7", null, totalling(gad7, total), null))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);
    QuestionnaireScore score = scoreOf(events);
    assertThat(score.total()).isEqualTo(total);
    assertThat(score.bandCode()).isEqualTo(band);
    assertThat(score.flags()).isEmpty();
    assertThat(events.of(AnswerFlagRaised.class)).isEmpty();
  }

  @Test
  void theAnswersAndTheComputedScoreAreRecordedSealedWithThePatientsKey() {
    List<Answer> answers =
        with(items(phq9, 2, 2, 1, 3, 0, 1, 0, 1, 0), Answer.choice(PHQ9_DIFFICULTY, "LA6573-5"));
    QuestionnaireScore expected =
        new QuestionnaireScore(10, "MODERATE", "moderate", "中度", List.of(), null, false);
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, answers, null))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(new AnswerOutcome("answer-1", "phq-9", 1, expected, false))
        .expectEvents(
            new QuestionnaireAnswered(
                id,
                "answer-1",
                versions.find("phq-9", 1).orElseThrow().templateId(),
                "phq-9",
                1,
                Sealed.of(id, PersonalDataKind.HEALTH, new AnswerSheet(answers)),
                Sealed.of(id, PersonalDataKind.HEALTH, expected),
                AnswerSource.API,
                T1))
        .expectEventsMatching(events);
    QuestionnaireAnswered answered = events.single(QuestionnaireAnswered.class);
    assertThat(answered.answers().subject()).isEqualTo(id.toString());
    assertThat(answered.answers().kind()).isEqualTo(PersonalDataKind.HEALTH);
    assertThat(answered.answers().reveal()).hasValue(new AnswerSheet(answers));
    assertThat(answered.score().kind()).isEqualTo(PersonalDataKind.HEALTH);
    assertThat(answered.score().reveal()).hasValue(expected);
    assertThat(answered.score().toString()).doesNotContain("MODERATE").doesNotContain("10");
  }

  @Test
  void item9AboveZeroRaisesASelfHarmFlagEvenWhenTheTotalIsMinimal() {
    List<Answer> answers = items(phq9, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    QuestionnaireScore expected =
        new QuestionnaireScore(
            1,
            "MINIMAL",
            "minimal or none",
            "无或极轻微",
            List.of(AnswerFlag.SELF_HARM_RISK),
            null,
            false);
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, answers, null))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new QuestionnaireAnswered(
                id,
                "answer-1",
                versions.find("phq-9", 1).orElseThrow().templateId(),
                "phq-9",
                1,
                Sealed.of(id, PersonalDataKind.HEALTH, new AnswerSheet(answers)),
                Sealed.of(id, PersonalDataKind.HEALTH, expected),
                AnswerSource.API,
                T1),
            new AnswerFlagRaised(id, "answer-1", "phq-9", AnswerFlag.SELF_HARM_RISK, T1));
  }

  @Test
  void item9AtZeroRaisesNoFlagHoweverHighTheTotal() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, items(phq9, 3, 3, 3, 3, 3, 3, 3, 3, 0), null))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);
    assertThat(events.all()).hasSize(1);
    QuestionnaireScore score = scoreOf(events);
    assertThat(score.total()).isEqualTo(24);
    assertThat(score.bandCode()).isEqualTo("SEVERE");
    assertThat(score.flags()).isEmpty();
  }

  @Test
  void item9AtItsHighestRaisesOneFlag() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, items(phq9, 0, 0, 0, 0, 0, 0, 0, 0, 3), null))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);
    assertThat(events.of(AnswerFlagRaised.class))
        .containsExactly(
            new AnswerFlagRaised(id, "answer-1", "phq-9", AnswerFlag.SELF_HARM_RISK, T1));
    assertThat(scoreOf(events).flags()).containsExactly(AnswerFlag.SELF_HARM_RISK);
  }

  @Test
  void aStatedTotalThatDisagreesIsKeptBesideTheComputedTotal() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, totalling(phq9, 10), 12))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);
    QuestionnaireScore score = scoreOf(events);
    assertThat(score.total()).isEqualTo(10);
    assertThat(score.bandCode()).isEqualTo("MODERATE");
    assertThat(score.statedTotal()).isEqualTo(12);
    assertThat(score.statedTotalDisagrees()).isTrue();
  }

  @Test
  void aStatedTotalThatAgreesIsMarkedSo() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, totalling(phq9, 10), 10))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);
    QuestionnaireScore score = scoreOf(events);
    assertThat(score.statedTotal()).isEqualTo(10);
    assertThat(score.statedTotalDisagrees()).isFalse();
  }

  @Test
  void aTotalStatedInTheTotalItemIsComparedNotTrusted() {
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(
            answering(
                "phq-9",
                null,
                with(totalling(phq9, 10), Answer.number(PHQ9_STATED_TOTAL, BigDecimal.valueOf(20))),
                null))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(events);
    QuestionnaireScore score = scoreOf(events);
    assertThat(score.total()).isEqualTo(10);
    assertThat(score.bandCode()).isEqualTo("MODERATE");
    assertThat(score.statedTotal()).isEqualTo(20);
    assertThat(score.statedTotalDisagrees()).isTrue();
  }

  @Test
  void anAnswerToAQuestionTheQuestionnaireDoesNotHaveIsRefused() {
    fixture
        .given(cardOpened())
        .when(
            answering(
                "phq-9",
                null,
                with(totalling(phq9, 3), Answer.choice("99999-9", "LA6568-5")),
                null))
        .expectException(invalid("answers.99999-9"))
        .expectExceptionMessage("question 99999-9 is not in questionnaire phq-9")
        .expectNoEvents();
  }

  @Test
  void anOptionTheQuestionDoesNotOfferIsRefused() {
    fixture
        .given(cardOpened())
        .when(
            answering(
                "phq-9",
                null,
                replacing(totalling(phq9, 3), Answer.choice(PHQ9_ITEM_1, "LA6573-5")),
                null))
        .expectException(invalid("answers." + PHQ9_ITEM_1))
        .expectExceptionMessage("question 44250-9 has no option LA6573-5")
        .expectNoEvents();
  }

  @Test
  void aNumberOutsideTheQuestionsRangeIsRefused() {
    fixture
        .given(cardOpened())
        .when(
            answering(
                "phq-9",
                null,
                with(totalling(phq9, 3), Answer.number(PHQ9_STATED_TOTAL, BigDecimal.valueOf(28))),
                null))
        .expectException(invalid("answers." + PHQ9_STATED_TOTAL))
        .expectExceptionMessage("question 44261-6 takes a number from 0 to 27 {score}")
        .expectNoEvents();
  }

  @Test
  void aRequiredQuestionLeftUnansweredIsRefused() {
    List<Answer> withoutItem9 =
        totalling(phq9, 3).stream().filter(a -> !a.linkId().equals(PHQ9_ITEM_9)).toList();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, withoutItem9, null))
        .expectException(invalid("answers." + PHQ9_ITEM_9))
        .expectExceptionMessage("question 44260-8 is required")
        .expectNoEvents();
  }

  @Test
  void twoOptionsForASingleChoiceAreRefused() {
    fixture
        .given(cardOpened())
        .when(
            answering(
                "phq-9",
                null,
                replacing(totalling(phq9, 3), Answer.choice(PHQ9_ITEM_1, "LA6568-5", "LA6569-3")),
                null))
        .expectException(invalid("answers." + PHQ9_ITEM_1))
        .expectExceptionMessage("question 44250-9 takes one option only")
        .expectNoEvents();
  }

  @Test
  void aRetiredQuestionnaireTakesNoNewAnswers() {
    versions.retired("phq-9");
    fixture
        .given(cardOpened())
        .when(answering("phq-9", 1, totalling(phq9, 3), null))
        .expectException(breaking(QuestionnaireRule.RETIRED))
        .expectExceptionMessage("Questionnaire phq-9 was retired and takes no new answers")
        .expectNoEvents();
  }

  @Test
  void aVersionThatWasNeverPublishedCannotBeAnswered() {
    fixture
        .given(cardOpened())
        .when(answering("phq-9", 2, totalling(phq9, 3), null))
        .expectException(breaking(QuestionnaireRule.NOT_PUBLISHED))
        .expectExceptionMessage("Questionnaire phq-9 version 2 is not published")
        .expectNoEvents();
  }

  @Test
  void aQuestionnaireThatWasNeverPublishedCannotBeAnswered() {
    fixture
        .given(cardOpened())
        .when(answering("audit-c", null, totalling(phq9, 3), null))
        .expectException(breaking(QuestionnaireRule.NOT_PUBLISHED))
        .expectExceptionMessage("Questionnaire audit-c is not published")
        .expectNoEvents();
  }

  @Test
  void answersNamingNoVersionAreScoredAgainstTheLatestAndAnEarlierVersionStaysAnswerable() {
    QuestionnaireDefinition second =
        new QuestionnaireDefinition(
            phq9.code(),
            "PHQ-9（第二版）",
            phq9.description(),
            phq9.questions(),
            phq9.scoring(),
            phq9.fhirUrl(),
            phq9.loinc());
    versions.publish(second);
    CapturedEvents latest = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", null, totalling(phq9, 3), null))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(latest);
    assertThat(latest.single(QuestionnaireAnswered.class).version()).isEqualTo(2);
    CapturedEvents earlier = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(answering("phq-9", 1, totalling(phq9, 3), null))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(earlier);
    assertThat(earlier.single(QuestionnaireAnswered.class).version()).isEqualTo(1);
  }

  @Test
  void theSameAnswersSentTwiceAreRecordedOnce() {
    List<Answer> answers = totalling(phq9, 10);
    QuestionnaireScore score =
        new QuestionnaireScore(10, "MODERATE", "moderate", "中度", List.of(), null, false);
    fixture
        .given(
            cardOpened(),
            new QuestionnaireAnswered(
                id,
                "answer-1",
                versions.find("phq-9", 1).orElseThrow().templateId(),
                "phq-9",
                1,
                Sealed.of(id, PersonalDataKind.HEALTH, new AnswerSheet(answers)),
                Sealed.of(id, PersonalDataKind.HEALTH, score),
                AnswerSource.API,
                T0))
        .when(answering("phq-9", null, answers, null))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(new AnswerOutcome("answer-1", "phq-9", 1, score, true))
        .expectNoEvents();
  }

  @Test
  void anUnknownPatientCannotAnswer() {
    fixture
        .givenNoPriorActivity()
        .when(answering("phq-9", null, totalling(phq9, 3), null))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
  }
}
