package health.journey.api.consent;

import health.journey.api.InvalidInput;

/** The version of the consent text the patient saw, e.g. {@code marketing-2026-03}. */
public final class WordingVersion {

  private WordingVersion() {}

  public static String require(String value) {
    String text = InvalidInput.requireName(value, "wordingVersion", 64);
    InvalidInput.require(
        text.matches("[\\p{L}\\p{N}._:/-]+"),
        "wordingVersion",
        "wordingVersion may hold letters, digits and . _ : / - only");
    return text;
  }
}
