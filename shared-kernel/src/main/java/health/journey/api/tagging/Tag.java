package health.journey.api.tagging;

import health.journey.api.InvalidInput;

/**
 * Tag names ("hypertension", "BMI ≥ 28", "smoker"): 1 to 64 characters, inner whitespace collapsed.
 */
public final class Tag {

  public static final int MAX_LENGTH = 64;

  private Tag() {}

  public static String require(String value) {
    String text = InvalidInput.requireName(value, "tag", 256).replaceAll("\\s+", " ");
    InvalidInput.require(
        text.codePointCount(0, text.length()) <= MAX_LENGTH,
        "tag",
        "tag must be at most " + MAX_LENGTH + " characters");
    return text;
  }
}
