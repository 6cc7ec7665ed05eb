package health.journey.command.content;

import java.util.Objects;

/**
 * One forbidden claim found in a text: its category, the dictionary entry it matched (the phrase,
 * or the pattern's name, as the dictionary writes it), and where it is in the original text, as
 * {@link String} indices {@code [start, end)}. The span runs from the first to the last character
 * of the claim as written, so it includes whatever was put between them (the space in "根 治").
 */
public record Finding(ClaimDictionary.Category category, String rule, int start, int end) {

  public Finding {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
    }
  }

  /** The claim as written in {@code text}, the text this finding was made on. */
  public String excerptOf(String text) {
    return text.substring(start, end);
  }
}
