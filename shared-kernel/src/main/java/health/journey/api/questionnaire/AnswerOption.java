package health.journey.api.questionnaire;

import health.journey.api.InvalidInput;

/**
 * One option of a choice question: its code (e.g. LOINC's LA6568-5), what it says, and the points
 * it scores (null when the questionnaire is not scored on this question).
 */
public record AnswerOption(String code, String display, Integer points) {

  public AnswerOption {
    code = InvalidInput.requireName(code, "option.code", 64);
    display = InvalidInput.requireText(display, "option.display", 200);
    InvalidInput.require(
        points == null || (points >= -1000 && points <= 1000),
        "option.points",
        "option.points must be between -1000 and 1000");
  }
}
