package health.journey.api.personaldata;

import health.journey.api.InvalidInput;

/**
 * Free text about a person (a note, a reason): up to 2,000 characters of valid Unicode, kept sealed
 * as {@link PersonalDataKind#FREE_TEXT}. Emoji and every script are welcome.
 */
public final class FreeText {

  public static final int MAX_LENGTH = 2000;

  private FreeText() {}

  /** The text, checked, as personal data of {@code subject}; fails naming {@code field}. */
  public static PersonalData of(Object subject, String text, String field) {
    return PersonalData.of(
        subject.toString(),
        PersonalDataKind.FREE_TEXT,
        InvalidInput.requireText(text, field, MAX_LENGTH));
  }

  /** Like {@link #of} but null for null. */
  public static PersonalData optional(Object subject, String text, String field) {
    return text == null ? null : of(subject, text, field);
  }
}
