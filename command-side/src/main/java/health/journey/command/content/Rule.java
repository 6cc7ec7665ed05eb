package health.journey.command.content;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One dictionary entry compiled to a matcher over {@link NormalisedText}: a phrase becomes a
 * regular expression in which each number matches its value in any numerals and each Han character
 * may also be written in pinyin; a pattern is used as written, with its placeholders expanded.
 */
final class Rule {

  private static final String NUMERAL = "[" + ChineseNumber.NUMERAL_CHARACTERS + "]";

  /**
   * {@code {数}}: any number, including percentages in words (百分之九十八) and the vague numbers
   * (几天、数日、半个月) that promise speed too.
   */
  private static final String ANY_NUMBER =
      "(?:百分之["
          + ChineseNumber.NUMERAL_CHARACTERS
          + "点几]+|["
          + ChineseNumber.NUMERAL_CHARACTERS
          + "几数半]+)";

  private static final String END = "{end}";

  /** A pattern's regular expression once its placeholders are expanded. */
  record Expanded(String regex, boolean endsClause) {}

  private final ClaimDictionary.Category category;
  private final String form;
  private final Pattern regex;
  private final long[] numbers;
  private final boolean needsHan;
  private final boolean endsClause;
  private final String firstCharacters;

  private Rule(
      ClaimDictionary.Category category,
      String form,
      Pattern regex,
      long[] numbers,
      boolean needsHan,
      boolean endsClause,
      String firstCharacters) {
    this.category = category;
    this.form = form;
    this.regex = regex;
    this.numbers = numbers;
    this.needsHan = needsHan;
    this.endsClause = endsClause;
    this.firstCharacters = firstCharacters;
  }

  static Rule of(ClaimDictionary.Entry entry) {
    return entry.pattern()
        ? pattern(entry.category(), entry.form(), entry.source())
        : phrase(entry.category(), entry.source());
  }

  static Expanded expandPattern(String source) {
    String regex = source.strip();
    boolean endsClause = regex.endsWith(END);
    if (endsClause) {
      regex = regex.substring(0, regex.length() - END.length());
    }
    if (regex.contains(END)) {
      throw new IllegalArgumentException("{end} may only close a pattern: " + source);
    }
    regex = regex.replace("{数}", ANY_NUMBER).replace("{num}", ANY_NUMBER);
    return new Expanded(NormalisedText.mapHan(regex), endsClause);
  }

  static Rule pattern(ClaimDictionary.Category category, String form, String source) {
    Expanded expanded = expandPattern(source);
    return new Rule(
        category,
        form,
        Pattern.compile(expanded.regex()),
        new long[0],
        false,
        expanded.endsClause(),
        "");
  }

  /**
   * A phrase, normalised like the text it is matched against. A match written wholly in pinyin is
   * not taken: "shen yi" is as likely a name (沈怡) as 神医, while a mix of characters and pinyin
   * (根zhi) is someone dodging the list.
   */
  static Rule phrase(ClaimDictionary.Category category, String phrase) {
    String normal = NormalisedText.of(phrase).text();
    if (normal.isEmpty()) {
      throw new IllegalArgumentException("The phrase " + phrase + " has no letters or digits");
    }
    StringBuilder regex = new StringBuilder();
    List<Long> values = new ArrayList<>();
    boolean han = false;
    String first = null;
    for (int i = 0; i < normal.length(); ) {
      int c = normal.codePointAt(i);
      if (ChineseNumber.isNumeral(c)) {
        int j = i;
        while (j < normal.length() && ChineseNumber.isNumeral(normal.charAt(j))) {
          j++;
        }
        String run = normal.substring(i, j);
        first = first == null ? ChineseNumber.NUMERAL_CHARACTERS : first;
        OptionalLong value = ChineseNumber.parse(run);
        han |= run.codePoints().anyMatch(r -> UScript.getScript(r) == UScript.HAN);
        if (value.isPresent()) {
          // The whole number, not a tail of a longer one: 七天 must not match inside 十七天.
          regex.append("(?<!").append(NUMERAL).append(")(").append(NUMERAL).append("+)");
          values.add(value.getAsLong());
        } else {
          regex.append(Pattern.quote(run));
        }
        i = j;
        continue;
      }
      String literal = Pattern.quote(UTF16.valueOf(c));
      if (UScript.getScript(c) == UScript.HAN) {
        han = true;
        String pinyin = Pinyin.of(c);
        first =
            first == null ? UTF16.valueOf(c) + (pinyin.isEmpty() ? "" : pinyin.charAt(0)) : first;
        if (pinyin.isEmpty()) {
          regex.append(literal);
        } else {
          // Pinyin at either end of the phrase must not be the tail or head of a Latin word:
          // estrogen治疗 holds "gen治", which is not 根治.
          boolean atStart = i == 0;
          boolean atEnd = i + Character.charCount(c) == normal.length();
          regex
              .append("(?:")
              .append(literal)
              .append('|')
              .append(atStart ? "(?<![a-z])" : "")
              .append(pinyin)
              .append(atEnd ? "(?![a-z])" : "")
              .append(')');
        }
      } else {
        regex.append(literal);
        first = first == null ? UTF16.valueOf(c) : first;
      }
      i += Character.charCount(c);
    }
    return new Rule(
        category,
        phrase,
        Pattern.compile(regex.toString()),
        values.stream().mapToLong(Long::longValue).toArray(),
        han,
        false,
        first);
  }

  ClaimDictionary.Category category() {
    return category;
  }

  /** The entry as the dictionary writes it: the phrase, or the pattern's name. */
  String form() {
    return form;
  }

  /** The normalised ranges {@code [start, end)} where this rule matches, left to right. */
  List<int[]> find(NormalisedText text) {
    List<int[]> found = new ArrayList<>();
    if (!mayOccurIn(text.text())) {
      return found;
    }
    Matcher m = regex.matcher(text.text());
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      if (end > start && accepts(m, text)) {
        found.add(new int[] {start, end});
        from = end;
      } else {
        from = start + 1;
      }
    }
    return found;
  }

  /**
   * A phrase can only match where one of its possible first characters is: most phrases are absent
   * from most texts, and this is much cheaper than running the expression.
   */
  private boolean mayOccurIn(String text) {
    if (firstCharacters.isEmpty()) {
      return true;
    }
    for (int i = 0; i < firstCharacters.length(); ) {
      int c = firstCharacters.codePointAt(i);
      if (text.indexOf(c) >= 0) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private boolean accepts(Matcher m, NormalisedText text) {
    for (int g = 0; g < numbers.length; g++) {
      OptionalLong value = ChineseNumber.parse(m.group(g + 1));
      if (value.isEmpty() || value.getAsLong() != numbers[g]) {
        return false;
      }
    }
    if (needsHan && !hasHan(m, text)) {
      return false;
    }
    if (endsClause && !text.endsClause(m.end())) {
      return false;
    }
    return text.isNaturalSpan(m.start(), m.end());
  }

  private static boolean hasHan(Matcher m, NormalisedText text) {
    return text.text()
        .substring(m.start(), m.end())
        .codePoints()
        .anyMatch(c -> UScript.getScript(c) == UScript.HAN);
  }

  /** Toneless pinyin of a Han character, from ICU's Han-Latin transliterator. */
  private static final class Pinyin {
    private static final Transliterator TO_LATIN =
        Transliterator.getInstance("Han-Latin; Latin-ASCII; Any-Lower");

    static String of(int c) {
      String latin;
      synchronized (TO_LATIN) {
        latin = TO_LATIN.transliterate(UTF16.valueOf(c));
      }
      return latin.matches("[a-z]+") ? latin : "";
    }
  }
}
