package health.journey.api;

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
   * Returns {@code value} trimmed, failing when it is null, blank or longer than {@code maxLength}.
   */
  public static String requireText(String value, String field, int maxLength) {
    require(value != null && !value.isBlank(), field, field + " is required");
    String trimmed = value.strip();
    require(
        trimmed.length() <= maxLength,
        field,
        field + " must be at most " + maxLength + " characters (was " + trimmed.length() + ")");
    require(
        trimmed.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
        field,
        field + " must not contain control characters");
    // A lone UTF-16 surrogate has no UTF-8 form: it would be stored as '?', silently changed.
    require(
        trimmed
            .codePoints()
            .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE),
        field,
        field + " is not valid Unicode text (it contains an unpaired surrogate)");
    return trimmed;
  }

  /** Like {@link #requireText} but lets {@code null} through. */
  public static String optionalText(String value, String field, int maxLength) {
    return value == null ? null : requireText(value, field, maxLength);
  }
}
