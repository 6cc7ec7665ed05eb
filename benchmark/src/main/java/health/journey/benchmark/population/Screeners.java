package health.journey.benchmark.population;

import health.journey.api.questionnaire.Answer;
import health.journey.api.questionnaire.AnswerOption;
import health.journey.api.questionnaire.ItemRule;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.StandardQuestionnaires;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers to the depression and anxiety screeners the application publishes (PHQ-9, GAD-7), as a
 * screened population gives them: most people score in the minimal band, some mild, a few moderate
 * or worse; the PHQ-9's self-harm item is answered above "not at all" rarely.
 */
public final class Screeners {

  public static final QuestionnaireDefinition PHQ9 = StandardQuestionnaires.phq9();
  public static final QuestionnaireDefinition GAD7 = StandardQuestionnaires.gad7();

  // how often each of the four frequency answers is given, by how troubled the person is
  private static final int[][] ITEM_WEIGHTS = {{80, 15, 4, 1}, {40, 35, 18, 7}, {15, 30, 30, 25}};
  // the same for an item a clinician must see whenever it is above 0 (PHQ-9 item 9)
  private static final int[][] FLAGGED_ITEM_WEIGHTS = {
    {99, 1, 0, 0}, {94, 5, 1, 0}, {80, 12, 6, 2}
  };

  private Screeners() {}

  /** How troubled a person is: 0 (70% of people), 1 (20%) or 2 (10%). */
  public static int severity(Random random) {
    int r = random.nextInt(100);
    return r < 70 ? 0 : r < 90 ? 1 : 2;
  }

  /**
   * Answers to every scored question of {@code questionnaire} and, most of the time, to its
   * unscored choice questions (the PHQ-9's "how difficult"), never a stated total.
   */
  public static List<Answer> answers(
      Random random, QuestionnaireDefinition questionnaire, int severity) {
    Set<String> flagged =
        questionnaire.scoring().itemRules().stream()
            .map(ItemRule::linkId)
            .collect(Collectors.toSet());
    List<Answer> answers = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      if (question.options().isEmpty()) {
        continue;
      }
      List<AnswerOption> options = question.options();
      if (question.scored()) {
        options = options.stream().sorted(Comparator.comparingInt(AnswerOption::points)).toList();
        int[] weights =
            (flagged.contains(question.linkId()) ? FLAGGED_ITEM_WEIGHTS : ITEM_WEIGHTS)[severity];
        answers.add(Answer.choice(question.linkId(), options.get(pick(random, weights)).code()));
      } else if (random.nextInt(100) < 70) {
        int index = Math.min(options.size() - 1, severity + (random.nextInt(100) < 20 ? 1 : 0));
        answers.add(Answer.choice(question.linkId(), options.get(index).code()));
      }
    }
    return answers;
  }

  private static int pick(Random random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
