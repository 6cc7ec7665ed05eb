package health.journey.api.patient;

import health.journey.api.InvalidInput;

/** Member card numbers: 4 to 32 letters, digits or hyphens, stored upper-case. */
public final class CardNumber {

  private CardNumber() {}

  public static String require(String value) {
    String text = InvalidInput.requireName(value, "cardNumber", 32).toUpperCase();
    InvalidInput.require(
        text.matches("[A-Z0-9][A-Z0-9-]{3,31}"),
        "cardNumber",
        "cardNumber must be 4 to 32 letters, digits or hyphens, starting with a letter or digit");
    return text;
  }
}
