package health.journey.api.questionnaire;

import health.journey.api.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to one question: option codes for a choice, a number for a number or a scale, text, or
 * a date. Which of them it must give depends on the question; the questionnaire's version checks
 * it.
 */
public record Answer(
    String linkId, List<String> codes, BigDecimal number, String text, LocalDate date) {

  public Answer {
    linkId = InvalidInput.requireName(linkId, "answer.linkId", 64);
    codes = codes == null ? List.of() : List.copyOf(codes);
    InvalidInput.require(codes.size() <= 50, "answer.codes", "at most 50 options in one answer");
    codes = codes.stream().map(c -> InvalidInput.requireName(c, "answer.codes", 64)).toList();
    text = text == null ? null : InvalidInput.requireText(text, "answer.text", 2000);
  }

  public static Answer choice(String linkId, String... codes) {
    return new Answer(linkId, List.of(codes), null, null, null);
  }

  public static Answer number(String linkId, BigDecimal number) {
    return new Answer(linkId, List.of(), number, null, null);
  }
}
