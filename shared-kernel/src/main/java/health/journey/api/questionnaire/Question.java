package health.journey.api.questionnaire;

import health.journey.api.InvalidInput;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/**
 * One question of a questionnaire.
 *
 * @param linkId the question's id within its questionnaire (stable across versions)
 * @param text what the question asks
 * @param type the kind of answer it takes
 * @param required whether an answer must give it
 * @param options the options of a choice question
 * @param min the smallest number or scale point accepted
 * @param max the largest number or scale point accepted
 * @param unit the unit of a number (UCUM, e.g. min/wk)
 * @param code the question's LOINC code, when it has one
 */
public record Question(
    String linkId,
    String text,
    QuestionType type,
    boolean required,
    List<AnswerOption> options,
    BigDecimal min,
    BigDecimal max,
    String unit,
    String code) {

  public Question {
    linkId = InvalidInput.requireName(linkId, "question.linkId", 64);
    text = InvalidInput.requireText(text, "question.text", 500);
    InvalidInput.require(type != null, "question.type", "question " + linkId + " needs a type");
    options = options == null ? List.of() : List.copyOf(options);
    boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    InvalidInput.require(
        !choice || !options.isEmpty(),
        "question.options",
        "choice question " + linkId + " needs options");
    InvalidInput.require(
        choice || options.isEmpty(),
        "question.options",
        "only a choice question has options (" + linkId + ")");
    InvalidInput.require(
        options.stream().map(AnswerOption::code).allMatch(new HashSet<>()::add),
        "question.options",
        "question " + linkId + " names an option code more than once");
    InvalidInput.require(
        min == null || max == null || min.compareTo(max) <= 0,
        "question.min",
        "question " + linkId + " has a minimum above its maximum");
    InvalidInput.require(
        type != QuestionType.SCALE || (min != null && max != null),
        "question.min",
        "scale question " + linkId + " needs a minimum and a maximum");
    unit = unit == null ? null : InvalidInput.requireName(unit, "question.unit", 32);
    code = code == null ? null : InvalidInput.requireName(code, "question.code", 32);
  }

  /** Whether the question scores points (a choice question whose options all carry points). */
  public boolean scored() {
    return !options.isEmpty() && options.stream().allMatch(o -> o.points() != null);
  }
}
