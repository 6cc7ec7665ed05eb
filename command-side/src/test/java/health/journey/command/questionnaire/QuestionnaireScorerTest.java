package health.journey.command.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.InvalidInput;
import health.journey.api.questionnaire.Answer;
import health.journey.api.questionnaire.AnswerOption;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionType;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnaireScore;
import health.journey.api.questionnaire.ScoreBand;
import health.journey.api.questionnaire.Scoring;
import health.journey.api.questionnaire.StandardQuestionnaires;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The product checks answers against a questionnaire version and computes the score itself. */
class QuestionnaireScorerTest {

  private static final List<String> PHQ9_ITEMS =
      List.of(
          "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
          "44260-8");
  private static final String PHQ9_STATED_TOTAL = "44261-6";

  private final QuestionnaireDefinition phq9 = StandardQuestionnaires.phq9();
  private final QuestionnaireDefinition intake = StandardQuestionnaires.lifestyleIntake();

  /**
   * PHQ-9 answered "several days" (1 point) on the first {@code total} items, else "not at all".
   */
  private static List<Answer> phq9Totalling(int total) {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < PHQ9_ITEMS.size(); i++) {
      answers.add(Answer.choice(PHQ9_ITEMS.get(i), i < total ? "LA6569-3" : "LA6568-5"));
    }
    return answers;
  }

  private static List<Answer> with(List<Answer> answers, Answer... extra) {
    List<Answer> all = new ArrayList<>(answers);
    all.addAll(List.of(extra));
    return all;
  }

  private List<Answer> intakeAnswers(Answer... replacing) {
    List<Answer> answers =
        new ArrayList<>(
            List.of(
                Answer.choice("smoking", "NEVER"),
                Answer.choice("drinking", "OCCASIONAL"),
                Answer.number("exercise-minutes-per-week", BigDecimal.valueOf(150)),
                Answer.number("sleep-hours", new BigDecimal("7.5")),
                Answer.choice("diet", "HIGH_SALT", "FEW_VEGETABLES")));
    for (Answer r : replacing) {
      answers.removeIf(a -> a.linkId().equals(r.linkId()));
      answers.add(r);
    }
    return answers;
  }

  /** A scored checklist: each symptom ticked scores its points; and a 0–10 pain scale. */
  private static QuestionnaireDefinition checklist() {
    return new QuestionnaireDefinition(
        "symptom-checklist",
        "Symptom checklist",
        null,
        List.of(
            new Question(
                "symptoms",
                "Which of these do you have?",
                QuestionType.MULTIPLE_CHOICE,
                true,
                List.of(
                    new AnswerOption("HEADACHE", "headache", 1),
                    new AnswerOption("DIZZINESS", "dizziness", 2),
                    new AnswerOption("CHEST_PAIN", "chest pain", 4)),
                null,
                null,
                null,
                null),
            new Question(
                "pain",
                "How much pain, 0 to 10?",
                QuestionType.SCALE,
                false,
                null,
                BigDecimal.ZERO,
                BigDecimal.TEN,
                null,
                null)),
        new Scoring(
            List.of(
                new ScoreBand(0, 2, "LOW", "low", null), new ScoreBand(3, 7, "HIGH", "high", null)),
            List.of(),
            null,
            null),
        null,
        null);
  }

  private static void refused(ThrowingCallable scoring, String field, String message) {
    assertThatThrownBy(scoring)
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessage(message);
  }

  @Test
  void theBandCarriesItsLabelsInEnglishAndChinese() {
    QuestionnaireScore score = QuestionnaireScorer.score(phq9, phq9Totalling(5), null);
    assertThat(score.bandCode()).isEqualTo("MILD");
    assertThat(score.bandLabel()).isEqualTo("mild");
    assertThat(score.bandLabelZh()).isEqualTo("轻度");
  }

  @Test
  void theDifficultyQuestionOfPhq9ScoresNoPoints() {
    QuestionnaireScore score =
        QuestionnaireScorer.score(
            phq9, with(phq9Totalling(4), Answer.choice("69722-7", "LA6574-3")), null);
    assertThat(score.total()).isEqualTo(4);
    assertThat(score.bandCode()).isEqualTo("MINIMAL");
  }

  @Test
  void aTotalStatedInTheTotalItemThatAgreesIsMarkedSo() {
    QuestionnaireScore score =
        QuestionnaireScorer.score(
            phq9,
            with(phq9Totalling(6), Answer.number(PHQ9_STATED_TOTAL, new BigDecimal("6"))),
            null);
    assertThat(score.total()).isEqualTo(6);
    assertThat(score.statedTotal()).isEqualTo(6);
    assertThat(score.statedTotalDisagrees()).isFalse();
  }

  @Test
  void aTotalStatedInTheTotalItemThatDisagreesIsKeptBesideTheComputedTotal() {
    QuestionnaireScore score =
        QuestionnaireScorer.score(
            phq9,
            with(phq9Totalling(6), Answer.number(PHQ9_STATED_TOTAL, new BigDecimal("9"))),
            null);
    assertThat(score.total()).isEqualTo(6);
    assertThat(score.bandCode()).isEqualTo("MILD");
    assertThat(score.statedTotal()).isEqualTo(9);
    assertThat(score.statedTotalDisagrees()).isTrue();
  }

  @Test
  void aTotalStatedInTheTotalItemMustBeAWholeNumber() {
    refused(
        () ->
            QuestionnaireScorer.score(
                phq9,
                with(phq9Totalling(6), Answer.number(PHQ9_STATED_TOTAL, new BigDecimal("6.5"))),
                null),
        "answers." + PHQ9_STATED_TOTAL,
        "question 44261-6 states the total, a whole number");
  }

  @Test
  void withoutAStatedTotalNothingIsCompared() {
    QuestionnaireScore score = QuestionnaireScorer.score(phq9, phq9Totalling(6), null);
    assertThat(score.statedTotal()).isNull();
    assertThat(score.statedTotalDisagrees()).isFalse();
  }

  @Test
  void aMultipleChoiceScoresEveryOptionTicked() {
    QuestionnaireScore score =
        QuestionnaireScorer.score(
            checklist(), List.of(Answer.choice("symptoms", "HEADACHE", "CHEST_PAIN")), null);
    assertThat(score.total()).isEqualTo(5);
    assertThat(score.bandCode()).isEqualTo("HIGH");
  }

  @Test
  void aMultipleChoiceNamingAnOptionTwiceIsRefused() {
    refused(
        () ->
            QuestionnaireScorer.score(
                checklist(), List.of(Answer.choice("symptoms", "CHEST_PAIN", "CHEST_PAIN")), null),
        "answers.symptoms",
        "question symptoms names an option more than once");
  }

  @Test
  void aScaleTakesWholeNumbersWithinItsEnds() {
    Answer symptoms = Answer.choice("symptoms", "HEADACHE");
    assertThat(
            QuestionnaireScorer.score(
                    checklist(), List.of(symptoms, Answer.number("pain", BigDecimal.TEN)), null)
                .total())
        .isEqualTo(1);
    refused(
        () ->
            QuestionnaireScorer.score(
                checklist(), List.of(symptoms, Answer.number("pain", new BigDecimal("7.5"))), null),
        "answers.pain",
        "question pain takes a whole number on its scale");
    refused(
        () ->
            QuestionnaireScorer.score(
                checklist(),
                List.of(symptoms, Answer.number("pain", BigDecimal.valueOf(11))),
                null),
        "answers.pain",
        "question pain takes a number from 0 to 10");
  }

  @Test
  void anUnscoredFormIsCheckedButHasNoTotalNorBand() {
    QuestionnaireScore score = QuestionnaireScorer.score(intake, intakeAnswers(), null);
    assertThat(score.total()).isNull();
    assertThat(score.bandCode()).isNull();
    assertThat(score.flags()).isEmpty();
    assertThat(score.statedTotalDisagrees()).isFalse();
  }

  @Test
  void aNumberBeyondWhatTheQuestionTakesIsRefusedWithItsUnit() {
    refused(
        () ->
            QuestionnaireScorer.score(
                intake, intakeAnswers(Answer.number("sleep-hours", BigDecimal.valueOf(25))), null),
        "answers.sleep-hours",
        "question sleep-hours takes a number from 0 to 24 h");
  }

  @Test
  void aChoiceAnsweredWithAValueOfAnotherTypeIsRefused() {
    refused(
        () ->
            QuestionnaireScorer.score(
                intake,
                intakeAnswers(new Answer("smoking", List.of("NEVER"), BigDecimal.ONE, null, null)),
                null),
        "answers.smoking",
        "question smoking was answered with a value of another type");
  }

  @Test
  void aNumberQuestionAnsweredWithAnOptionIsRefused() {
    refused(
        () ->
            QuestionnaireScorer.score(
                intake, intakeAnswers(Answer.choice("sleep-hours", "NEVER")), null),
        "answers.sleep-hours",
        "question sleep-hours takes a number");
  }

  @Test
  void aChoiceQuestionAnsweredWithNothingIsRefused() {
    refused(
        () ->
            QuestionnaireScorer.score(
                intake,
                intakeAnswers(
                    new Answer("smoking", List.of(), null, null, LocalDate.of(2020, 1, 1))),
                null),
        "answers.smoking",
        "question smoking takes one of its options");
  }
}
