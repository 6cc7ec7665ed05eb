package health.journey.command.questionnaire;

import health.journey.api.InvalidInput;
import health.journey.api.questionnaire.Answer;
import health.journey.api.questionnaire.AnswerFlag;
import health.journey.api.questionnaire.AnswerOption;
import health.journey.api.questionnaire.ItemRule;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionType;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnaireScore;
import health.journey.api.questionnaire.ScoreBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a patient's answers against a questionnaire version and scores them: the product computes
 * every score from the answers, and a total the document states is only compared. Answers that do
 * not fit the version are refused, naming the question.
 */
public final class QuestionnaireScorer {

  private QuestionnaireScorer() {}

  /**
   * @param statedTotal the total the document stated; when null, the answer to the questionnaire's
   *     stated-total item is taken, if it was answered
   * @throws InvalidInput naming the question ({@code answers.<linkId>}) an answer does not fit
   */
  public static QuestionnaireScore score(
      QuestionnaireDefinition definition, List<Answer> answers, Integer statedTotal) {
    Map<String, Answer> byQuestion = new HashMap<>();
    for (Answer answer : answers) {
      Question question =
          definition
              .question(answer.linkId())
              .orElseThrow(
                  () ->
                      new InvalidInput(
                          "answers." + answer.linkId(),
                          "question "
                              + answer.linkId()
                              + " is not in questionnaire "
                              + definition.code()));
      check(question, answer);
      byQuestion.put(answer.linkId(), answer);
    }
    for (Question question : definition.questions()) {
      InvalidInput.require(
          !question.required() || byQuestion.containsKey(question.linkId()),
          "answers." + question.linkId(),
          "question " + question.linkId() + " is required");
    }
    if (definition.scoring() == null) {
      return new QuestionnaireScore(null, null, null, null, List.of(), statedTotal, false);
    }
    Integer stated = statedTotal != null ? statedTotal : statedIn(definition, byQuestion);
    int total = 0;
    Map<String, Integer> points = new HashMap<>();
    for (Question question : definition.questions()) {
      Answer answer = byQuestion.get(question.linkId());
      if (question.scored() && answer != null) {
        int p = 0;
        for (String code : answer.codes()) {
          p += option(question, code).points();
        }
        points.put(question.linkId(), p);
        total += p;
      }
    }
    List<AnswerFlag> flags = new ArrayList<>();
    for (ItemRule rule : definition.scoring().itemRules()) {
      Integer p = points.get(rule.linkId());
      if (p != null && p >= rule.minPoints() && !flags.contains(rule.flag())) {
        flags.add(rule.flag());
      }
    }
    ScoreBand band = null;
    for (ScoreBand candidate : definition.scoring().bands()) {
      if (candidate.contains(total)) {
        band = candidate;
      }
    }
    return new QuestionnaireScore(
        total,
        band == null ? null : band.code(),
        band == null ? null : band.label(),
        band == null ? null : band.labelZh(),
        List.copyOf(flags),
        stated,
        stated != null && stated != total);
  }

  /** The total the document stated as its answer to the stated-total item, if it gave one. */
  private static Integer statedIn(
      QuestionnaireDefinition definition, Map<String, Answer> byQuestion) {
    String linkId = definition.scoring().statedTotalLinkId();
    Answer answer = linkId == null ? null : byQuestion.get(linkId);
    if (answer == null || answer.number() == null) {
      return null;
    }
    try {
      return answer.number().intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInput(
          "answers." + linkId, "question " + linkId + " states the total, a whole number");
    }
  }

  private static void check(Question q, Answer a) {
    String field = "answers." + q.linkId();
    String name = "question " + q.linkId();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        InvalidInput.require(!a.codes().isEmpty(), field, name + " takes one of its options");
        InvalidInput.require(
            q.type() == QuestionType.MULTIPLE_CHOICE || a.codes().size() == 1,
            field,
            name + " takes one option only");
        InvalidInput.require(
            a.codes().stream().distinct().count() == a.codes().size(),
            field,
            name + " names an option more than once");
        for (String code : a.codes()) {
          option(q, code);
        }
        onlyGiven(a, field, name, true, false, false, false);
      }
      case NUMBER, SCALE -> {
        InvalidInput.require(a.number() != null, field, name + " takes a number");
        InvalidInput.require(
            q.type() != QuestionType.SCALE || a.number().stripTrailingZeros().scale() <= 0,
            field,
            name + " takes a whole number on its scale");
        inRange(q, a.number(), field, name);
        onlyGiven(a, field, name, false, true, false, false);
      }
      case TEXT -> {
        InvalidInput.require(a.text() != null, field, name + " takes text");
        onlyGiven(a, field, name, false, false, true, false);
      }
      case DATE -> {
        InvalidInput.require(a.date() != null, field, name + " takes a date");
        onlyGiven(a, field, name, false, false, false, true);
      }
    }
  }

  private static void onlyGiven(
      Answer a,
      String field,
      String name,
      boolean codes,
      boolean number,
      boolean text,
      boolean date) {
    InvalidInput.require(
        (codes || a.codes().isEmpty())
            && (number || a.number() == null)
            && (text || a.text() == null)
            && (date || a.date() == null),
        field,
        name + " was answered with a value of another type");
  }

  private static void inRange(Question q, BigDecimal value, String field, String name) {
    InvalidInput.require(
        (q.min() == null || value.compareTo(q.min()) >= 0)
            && (q.max() == null || value.compareTo(q.max()) <= 0),
        field,
        name
            + " takes a number"
            + (q.min() != null ? " from " + q.min().toPlainString() : "")
            + (q.max() != null ? " to " + q.max().toPlainString() : "")
            + (q.unit() != null ? " " + q.unit() : ""));
  }

  private static AnswerOption option(Question q, String code) {
    return q.options().stream()
        .filter(o -> o.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInput(
                    "answers." + q.linkId(), "question " + q.linkId() + " has no option " + code));
  }
}
