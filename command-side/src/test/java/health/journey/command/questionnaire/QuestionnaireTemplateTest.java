package health.journey.command.questionnaire;

import static health.journey.command.Refusals.breaking;
import static health.journey.command.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.InvalidInput;
import health.journey.api.questionnaire.AnswerOption;
import health.journey.api.questionnaire.DraftQuestionnaire;
import health.journey.api.questionnaire.ItemRule;
import health.journey.api.questionnaire.PublishQuestionnaire;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionType;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnaireDrafted;
import health.journey.api.questionnaire.QuestionnairePublished;
import health.journey.api.questionnaire.QuestionnaireRetired;
import health.journey.api.questionnaire.QuestionnaireRule;
import health.journey.api.questionnaire.RetireQuestionnaire;
import health.journey.api.questionnaire.ScoreBand;
import health.journey.api.questionnaire.Scoring;
import health.journey.api.questionnaire.StandardQuestionnaires;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionnaireTemplateTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-02T09:30:00Z");
  private static final Instant T2 = Instant.parse("2026-03-03T10:00:00Z");

  private final QuestionnaireDefinition phq9 = StandardQuestionnaires.phq9();
  private final String templateId = DraftQuestionnaire.idOf("phq-9");
  private final InMemoryQuestionnaireVersions versions = new InMemoryQuestionnaireVersions();
  private AggregateTestFixture<QuestionnaireTemplate> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(QuestionnaireTemplate.class);
    fixture.registerInjectableResource(versions);
  }

  /** PHQ-9 with its title changed: another definition under the same code. */
  private QuestionnaireDefinition phq9Retitled() {
    return new QuestionnaireDefinition(
        phq9.code(),
        "PHQ-9 患者健康问卷（抑郁，第二版）",
        phq9.description(),
        phq9.questions(),
        phq9.scoring(),
        phq9.fhirUrl(),
        phq9.loinc());
  }

  private QuestionnaireDrafted drafted(QuestionnaireDefinition definition, Instant at) {
    return new QuestionnaireDrafted(templateId, definition.code(), definition, at);
  }

  private QuestionnairePublished published(
      QuestionnaireDefinition definition, int version, Instant at) {
    return new QuestionnairePublished(
        templateId, definition.code(), version, definition, definition.fingerprint(), at);
  }

  @Test
  void draftingANewQuestionnaireRecordsTheDraftUnderTheIdOfItsCode() {
    fixture
        .givenNoPriorActivity()
        .when(new DraftQuestionnaire(null, phq9, T0))
        .expectSuccessfulHandlerExecution()
        .expectEvents(drafted(phq9, T0));
  }

  @Test
  void draftingWhatTheDraftAlreadySaysChangesNothing() {
    fixture
        .given(drafted(phq9, T0))
        .when(new DraftQuestionnaire(null, StandardQuestionnaires.phq9(), T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void publishingTheFirstDraftGivesVersionOneWithItsDefinitionAndFingerprint() {
    fixture
        .given(drafted(phq9, T0))
        .when(new PublishQuestionnaire(templateId, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new QuestionnairePublished(templateId, "phq-9", 1, phq9, phq9.fingerprint(), T1));
    assertThat(versions.versionsOf("phq-9"))
        .containsExactly(new QuestionnaireVersions.Published(templateId, "phq-9", 1, phq9));
  }

  @Test
  void theFingerprintFollowsTheDefinition() {
    assertThat(StandardQuestionnaires.phq9().fingerprint())
        .isEqualTo(phq9.fingerprint())
        .hasSize(64);
    assertThat(phq9Retitled().fingerprint()).isNotEqualTo(phq9.fingerprint());
  }

  @Test
  void publishingAgainWithoutANewDraftChangesNothing() {
    fixture
        .given(drafted(phq9, T0), published(phq9, 1, T1))
        .when(new PublishQuestionnaire(templateId, T2))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(versions.versionsOf("phq-9")).isEmpty();
  }

  @Test
  void aNewDraftPublishedBecomesVersionTwoAndVersionOneStaysAsItWasPublished() {
    QuestionnaireDefinition second = phq9Retitled();
    versions.published(new QuestionnaireVersions.Published(templateId, "phq-9", 1, phq9));
    fixture
        .given(drafted(phq9, T0), published(phq9, 1, T0), drafted(second, T1))
        .when(new PublishQuestionnaire(templateId, T2))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new QuestionnairePublished(templateId, "phq-9", 2, second, second.fingerprint(), T2));
    assertThat(versions.find("phq-9", 1))
        .hasValue(new QuestionnaireVersions.Published(templateId, "phq-9", 1, phq9));
    assertThat(versions.find("phq-9", 2))
        .hasValue(new QuestionnaireVersions.Published(templateId, "phq-9", 2, second));
    assertThat(versions.find("phq-9", null))
        .map(QuestionnaireVersions.Published::version)
        .hasValue(2);
  }

  @Test
  void aQuestionnaireKeepsItsCode() {
    fixture
        .given(drafted(phq9, T0))
        .when(new DraftQuestionnaire(templateId, StandardQuestionnaires.gad7(), T1))
        .expectException(invalid("definition.code"))
        .expectExceptionMessage("a questionnaire keeps its code (phq-9)")
        .expectNoEvents();
  }

  @Test
  void aQuestionnaireThatWasNeverDraftedCannotBePublished() {
    fixture
        .givenNoPriorActivity()
        .when(new PublishQuestionnaire(templateId, T1))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
    assertThat(versions.versionsOf("phq-9")).isEmpty();
  }

  @Test
  void retiringAPublishedQuestionnaireStopsNewAnswers() {
    versions.published(new QuestionnaireVersions.Published(templateId, "phq-9", 1, phq9));
    fixture
        .given(drafted(phq9, T0), published(phq9, 1, T0))
        .when(new RetireQuestionnaire(templateId, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new QuestionnaireRetired(templateId, "phq-9", 1, T1));
    assertThat(versions.isRetired("phq-9")).isTrue();
  }

  @Test
  void retiringARetiredQuestionnaireChangesNothing() {
    fixture
        .given(
            drafted(phq9, T0),
            published(phq9, 1, T0),
            new QuestionnaireRetired(templateId, "phq-9", 1, T1))
        .when(new RetireQuestionnaire(templateId, T2))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aQuestionnaireThatWasNeverPublishedCannotBeRetired() {
    fixture
        .given(drafted(phq9, T0))
        .when(new RetireQuestionnaire(templateId, T1))
        .expectException(breaking(QuestionnaireRule.NOT_PUBLISHED))
        .expectExceptionMessage(
            "Questionnaire phq-9 was never published, so there is nothing to retire")
        .expectNoEvents();
    assertThat(versions.isRetired("phq-9")).isFalse();
  }

  @Test
  void publishingARetiredQuestionnaireAgainBringsItBackAsTheNextVersion() {
    versions.published(new QuestionnaireVersions.Published(templateId, "phq-9", 1, phq9));
    versions.retired("phq-9");
    fixture
        .given(
            drafted(phq9, T0),
            published(phq9, 1, T0),
            new QuestionnaireRetired(templateId, "phq-9", 1, T1))
        .when(new PublishQuestionnaire(templateId, T2))
        .expectSuccessfulHandlerExecution()
        .expectEvents(published(phq9, 2, T2));
    assertThat(versions.isRetired("phq-9")).isFalse();
    assertThat(versions.find("phq-9", null))
        .map(QuestionnaireVersions.Published::version)
        .hasValue(2);
  }

  @Test
  void aDraftNeedsADefinition() {
    refused(() -> new DraftQuestionnaire(templateId, null, T0), "definition");
  }

  @Test
  void bandsThatLeaveTheHighestTotalUncoveredAreRefused() {
    Scoring scoring =
        new Scoring(
            List.of(
                new ScoreBand(0, 4, "MINIMAL", "minimal or none", null),
                new ScoreBand(5, 26, "ABOVE", "above minimal", null)),
            phq9.scoring().itemRules(),
            phq9.scoring().statedTotalLinkId(),
            null);
    refused(() -> phq9With(phq9.questions(), scoring), "scoring.bands");
  }

  @Test
  void bandsWithAGapOrAnOverlapAreRefused() {
    refused(
        () ->
            new Scoring(
                List.of(
                    new ScoreBand(0, 4, "MINIMAL", "minimal", null),
                    new ScoreBand(6, 27, "MORE", "more", null)),
                List.of(),
                null,
                null),
        "scoring.bands");
    refused(
        () ->
            new Scoring(
                List.of(
                    new ScoreBand(0, 5, "MINIMAL", "minimal", null),
                    new ScoreBand(5, 27, "MORE", "more", null)),
                List.of(),
                null,
                null),
        "scoring.bands");
  }

  @Test
  void anItemRuleMustNameAScoredQuestion() {
    Scoring scoring =
        new Scoring(
            phq9.scoring().bands(),
            List.of(
                new ItemRule(
                    "69722-7", 1, phq9.scoring().itemRules().get(0).flag(), "difficulty item")),
            null,
            null);
    refused(() -> phq9With(phq9.questions(), scoring), "scoring.itemRules");
  }

  @Test
  void aScoredQuestionnaireNeedsAQuestionWhoseOptionsCarryPoints() {
    Question unscored =
        new Question(
            "mood",
            "How is your mood?",
            QuestionType.SINGLE_CHOICE,
            true,
            List.of(new AnswerOption("GOOD", "good", null), new AnswerOption("BAD", "bad", 1)),
            null,
            null,
            null,
            null);
    Scoring scoring =
        new Scoring(List.of(new ScoreBand(0, 1, "ANY", "any", null)), List.of(), null, null);
    refused(() -> phq9With(List.of(unscored), scoring), "scoring");
  }

  @Test
  void twoQuestionsWithTheSameLinkIdAreRefused() {
    List<Question> questions = new ArrayList<>(phq9.questions());
    questions.add(phq9.questions().get(0));
    refused(() -> phq9With(questions, phq9.scoring()), "questions");
  }

  @Test
  void aQuestionnaireNeedsQuestions() {
    refused(() -> phq9With(List.of(), null), "questions");
  }

  @Test
  void aChoiceQuestionNeedsOptionsAndAScaleNeedsItsEnds() {
    refused(
        () ->
            new Question(
                "q",
                "Pick one",
                QuestionType.SINGLE_CHOICE,
                true,
                List.of(),
                null,
                null,
                null,
                null),
        "question.options");
    refused(
        () ->
            new Question(
                "q", "How much, 0-10?", QuestionType.SCALE, true, null, null, null, null, null),
        "question.min");
  }

  private QuestionnaireDefinition phq9With(List<Question> questions, Scoring scoring) {
    return new QuestionnaireDefinition(
        phq9.code(), phq9.title(), null, questions, scoring, null, null);
  }

  private static void refused(ThrowingCallable building, String field) {
    assertThatThrownBy(building)
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
