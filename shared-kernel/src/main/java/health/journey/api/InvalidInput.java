package health.journey.api;

import java.text.Normalizer;

/**
 * Input that cannot form a valid command or value (a malformed id, a field out of range). Thrown
 * where commands and value objects are constructed, so bad input is rejected before anything is
 * sent.
 */
public class InvalidInput extends IllegalArgumentException {

  private final String field;

  public InvalidInput(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input field at fault, as the client named it. */
  public String field() {
    return field;
  }

  /** Fails with an {@link InvalidInput} for {@code field} when {@code condition} does not hold. */
  public static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidInput(field, message);
    }
  }

  /**
   * Free text as people write it (a note, a reason): normalised to NFC and trimmed; every script
   * and emoji are welcome. Fails when it is null, has no visible character, is longer than {@code
   * maxLength}, or holds a control character (other than line breaks and tabs), a directional
   * override or isolate (which would make it display other than it reads), or an unpaired surrogate
   * (which has no UTF-8 form and would be stored as '?').
   */
  public static String requireText(String value, String field, int maxLength) {
    require(value != null, field, field + " is required");
    String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    require(visible(text), field, field + " is required");
    require(
        text.codePointCount(0, text.length()) <= maxLength,
        field,
        field
            + " must be at most "
            + maxLength
            + " characters (was "
            + text.codePointCount(0, text.length())
            + ")");
    require(
        text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
        field,
        field + " must not contain control characters");
    require(
        text.codePoints().noneMatch(InvalidInput::directional),
        field,
        field
            + " must not contain directional formatting characters (U+202A-U+202E, U+2066-U+2069)");
    require(
        text.codePoints()
            .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE),
        field,
        field + " is not valid Unicode text (it contains an unpaired surrogate)");
    return text;
  }

  /**
   * A name, tag or code: like {@link #requireText}, and also without line breaks or any invisible
   * formatting character (zero-width spaces and joiners, direction marks), which would let two
   * names that look the same differ, or a name look empty.
   */
  public static String requireName(String value, String field, int maxLength) {
    String text = requireText(value, field, maxLength);
    require(
        text.codePoints()
            .noneMatch(c -> Character.getType(c) == Character.FORMAT || Character.isISOControl(c)),
        field,
        field + " must not contain invisible or control characters");
    return text;
  }

  /** At least one character that shows: not only spaces and invisible formatting characters. */
  private static boolean visible(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT
                    && !Character.isISOControl(c)
                    && c != 0x3164
                    && c != 0x115F
                    && c != 0x1160
                    && c != 0xFFA0
                    && c != 0x2800);
  }

  private static boolean directional(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /** Like {@link #requireName} but lets {@code null} through. */
  public static String optionalName(String value, String field, int maxLength) {
    return value == null ? null : requireName(value, field, maxLength);
  }

  /** Like {@link #requireText} but lets {@code null} through. */
  public static String optionalText(String value, String field, int maxLength) {
    return value == null ? null : requireText(value, field, maxLength);
  }
}
