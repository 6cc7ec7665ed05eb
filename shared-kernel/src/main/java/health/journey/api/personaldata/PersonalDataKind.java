package health.journey.api.personaldata;

/**
 * What a piece of personal data is; decides how it is masked where the full value is not needed.
 */
public enum PersonalDataKind {
  NAME,
  PHONE,
  ID_NUMBER,
  ADDRESS,
  FREE_TEXT,
  /** A health fact about the person (a value, a finding, a history): clinical data. */
  HEALTH,
  /** Birth date and sex: with each other they narrow a person down. */
  DEMOGRAPHIC;

  /**
   * The masked form (脱敏): a phone 138****1234, an ID number 110***********1234, a name 张**, an
   * address with its first six characters, free text and health facts not at all.
   */
  public String mask(String value) {
    if (value == null) {
      return null;
    }
    int[] cp = value.codePoints().toArray();
    int n = cp.length;
    return switch (this) {
      case PHONE -> n >= 7 ? keep(cp, 3, 4, 4) : "****";
      case ID_NUMBER -> n >= 8 ? keep(cp, 3, 4, n - 7) : "****";
      case NAME -> n <= 1 ? "*" : keep(cp, 1, 0, n - 1);
      case ADDRESS -> n <= 6 ? "****" : keep(cp, 6, 0, 4);
      case FREE_TEXT -> "[text withheld]";
      case HEALTH, DEMOGRAPHIC -> "[withheld]";
    };
  }

  private static String keep(int[] cp, int head, int tail, int stars) {
    StringBuilder sb = new StringBuilder();
    sb.append(new String(cp, 0, head));
    sb.append("*".repeat(Math.max(stars, 1)));
    if (tail > 0) {
      sb.append(new String(cp, cp.length - tail, tail));
    }
    return sb.toString();
  }
}
