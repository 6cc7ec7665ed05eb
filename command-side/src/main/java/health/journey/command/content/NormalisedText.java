package health.journey.command.content;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text reduced to the letters and digits a reader sees, in one canonical spelling, with a map
 * back to where each character came from in the original.
 *
 * <p>People slip past a word list by writing a claim differently, not by writing a different claim:
 * full-width or Traditional characters, spaces, symbols, emoji or invisible characters between the
 * characters, capitals, look-alike letters. Each original code point is folded on its own (NFKC
 * with case folding, which also drops default-ignorable characters such as U+200B and U+3164),
 * decomposed so accents fall away, Han characters are mapped Traditional to Simplified (and a few
 * variant and financial-numeral forms to their plain form), other scripts' look-alikes of Latin
 * letters to the Latin letter, decimal digits of any script to ASCII; whatever is then not a letter
 * or number is dropped. Folding per code point keeps the map exact: every normalised character
 * knows the original span it came from.
 *
 * <p>Clause punctuation (，。！？；、… and line breaks; not the colon, which introduces what follows:
 * "有效率：98%") is dropped like any other symbol, but remembered: a claim that runs across a sentence
 * break is usually two sentences, not a claim (see {@link #isNaturalSpan}), and negations only
 * count within their clause.
 */
final class NormalisedText {

  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
  private static final String CLAUSE_BREAKS = ",!?;。、…\n\r\u000b\u000c\u0085\u2028\u2029";

  private final String original;
  private final String text;
  private final int[] from;
  private final int[] to;
  private final boolean[] separatedBefore;
  private final int[] clause;
  private final BitSet questions;

  private NormalisedText(
      String original,
      String text,
      int[] from,
      int[] to,
      boolean[] separatedBefore,
      int[] clause,
      BitSet questions) {
    this.original = original;
    this.text = text;
    this.from = from;
    this.to = to;
    this.separatedBefore = separatedBefore;
    this.clause = clause;
    this.questions = questions;
  }

  static NormalisedText of(String original) {
    Builder out = new Builder(original.length());
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      int end = i + Character.charCount(cp);
      String folded = fold(cp);
      for (int j = 0; j < folded.length(); ) {
        int c = folded.codePointAt(j);
        j += Character.charCount(c);
        if (CLAUSE_BREAKS.indexOf(c) >= 0) {
          out.clauseBreak(c == '?');
        } else {
          emitCanonical(c, i, end, out);
        }
      }
      i = end;
    }
    return out.build(original);
  }

  /**
   * Han characters of a regular expression mapped like the checked text, so a pattern written in
   * Traditional characters still matches; nothing else is touched, not to break its syntax.
   */
  static String mapHan(String regex) {
    StringBuilder out = new StringBuilder(regex.length());
    regex
        .codePoints()
        .forEach(c -> out.appendCodePoint(UScript.getScript(c) == UScript.HAN ? HanMap.map(c) : c));
    return out.toString();
  }

  private static String fold(int cp) {
    if (cp < 0x80) {
      // ASCII needs no NFKC: only case matters; this is the common path for Latin and digits.
      return String.valueOf((char) Character.toLowerCase(cp));
    }
    if (cp == 0x25CB || cp == 0x25EF) {
      // ○ and ◯ stand in for 〇 (zero) in dates and numbers, but are symbols to Unicode.
      return "〇";
    }
    String c = UTF16.valueOf(cp);
    // Most Han characters are inert under NFKC with case folding; skipping them saves most of the
    // time.
    return FOLD.isInert(cp) ? c : FOLD.normalize(c);
  }

  private static void emitCanonical(int c, int start, int end, Builder out) {
    if (UScript.getScript(c) == UScript.HAN && UCharacter.isLetter(c)) {
      out.keep(HanMap.map(c), start, end);
      return;
    }
    String decomposed = c < 0x80 ? null : DECOMPOSE.getDecomposition(c);
    if (decomposed == null) {
      emitOne(c, start, end, out);
      return;
    }
    decomposed.codePoints().forEach(d -> emitOne(d, start, end, out));
  }

  private static void emitOne(int c, int start, int end, Builder out) {
    int type = UCharacter.getType(c);
    if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
      out.keep('0' + UCharacter.digit(c, 10), start, end);
    } else if (UCharacter.isLetter(c)) {
      out.keep(c < 0x80 ? c : Homoglyphs.latinFor(c), start, end);
    } else if (type == UCharacterCategory.LETTER_NUMBER
        || type == UCharacterCategory.OTHER_NUMBER) {
      out.keep(c, start, end);
    } else {
      out.separator();
    }
  }

  /** The normalised text: Simplified, lower case, ASCII digits, letters and numbers only. */
  String text() {
    return text;
  }

  String original() {
    return original;
  }

  int length() {
    return text.length();
  }

  /** Where in the original the normalised range {@code [start, end)} came from: its first index. */
  int originalStart(int start) {
    return from[start];
  }

  /**
   * Where in the original the normalised range {@code [start, end)} came from: its end, exclusive.
   */
  int originalEnd(int end) {
    return to[end - 1];
  }

  /**
   * Whether {@code [start, end)} reads as one run of text. A match that crosses clause punctuation
   * ("找到病根，治疗就容易了" holds 根治 across the comma) is two phrases side by side, unless the punctuation
   * was put between every character of a claim of three or more characters ("包，治，百，病"), which only
   * someone dodging a filter writes. Two-character claims split by a comma are given up: nothing
   * tells them apart from a sentence break.
   */
  boolean isNaturalSpan(int start, int end) {
    boolean crossesClause = false;
    boolean everyGapSeparated = true;
    int characters = 1;
    for (int i = start + 1; i < end; i++) {
      if (Character.isLowSurrogate(text.charAt(i))) {
        continue;
      }
      characters++;
      crossesClause |= clause[i] != clause[i - 1];
      everyGapSeparated &= separatedBefore[i];
    }
    return !crossesClause || (everyGapSeparated && characters >= 3);
  }

  /** The clause number of normalised index {@code i}; clauses are split by clause punctuation. */
  int clauseOf(int i) {
    return clause[i];
  }

  /** The first normalised index of the clause that holds index {@code i}. */
  int clauseStart(int i) {
    int c = clause[i];
    int s = i;
    while (s > 0 && clause[s - 1] == c) {
      s--;
    }
    return s;
  }

  /** The normalised index just past the clause that holds index {@code i}. */
  int clauseEnd(int i) {
    int c = clause[i];
    int e = i;
    while (e < clause.length && clause[e] == c) {
      e++;
    }
    return e;
  }

  /** Whether normalised index {@code end} is the end of a clause (or of the whole text). */
  boolean endsClause(int end) {
    return end >= clause.length || end == 0 || clause[end] != clause[end - 1];
  }

  /** Whether the clause that holds index {@code i} ends with a question mark. */
  boolean isQuestion(int i) {
    return questions.get(clause[i]);
  }

  /** Collects the normalised characters and their origins. */
  private static final class Builder {
    private final StringBuilder text;
    private int[] from;
    private int[] to;
    private boolean[] separatedBefore;
    private int[] clause;
    private final BitSet questions = new BitSet();
    private int size;
    private int clauseNumber;
    private boolean pendingSeparator;
    private boolean pendingClauseBreak;

    Builder(int capacity) {
      int c = Math.max(16, capacity + capacity / 4);
      text = new StringBuilder(c);
      from = new int[c];
      to = new int[c];
      separatedBefore = new boolean[c];
      clause = new int[c];
    }

    void keep(int codePoint, int start, int end) {
      if (pendingClauseBreak && size > 0) {
        clauseNumber++;
      }
      pendingClauseBreak = false;
      char[] chars = Character.toChars(codePoint);
      for (int k = 0; k < chars.length; k++) {
        grow();
        text.append(chars[k]);
        from[size] = start;
        to[size] = end;
        separatedBefore[size] = k == 0 && pendingSeparator;
        clause[size] = clauseNumber;
        size++;
      }
      pendingSeparator = false;
    }

    void separator() {
      pendingSeparator = true;
    }

    void clauseBreak(boolean question) {
      if (question && size > 0) {
        questions.set(clauseNumber);
      }
      pendingSeparator = true;
      pendingClauseBreak = true;
    }

    private void grow() {
      if (size == from.length) {
        int c = from.length * 2;
        from = Arrays.copyOf(from, c);
        to = Arrays.copyOf(to, c);
        separatedBefore = Arrays.copyOf(separatedBefore, c);
        clause = Arrays.copyOf(clause, c);
      }
    }

    NormalisedText build(String original) {
      return new NormalisedText(
          original,
          text.toString(),
          Arrays.copyOf(from, size),
          Arrays.copyOf(to, size),
          Arrays.copyOf(separatedBefore, size),
          Arrays.copyOf(clause, size),
          questions);
    }
  }

  /**
   * Traditional to Simplified, read once from ICU's "Traditional-Simplified" transliterator into a
   * table: its rules map single characters, and a table is fast and safe to share between threads.
   */
  private static final class HanMap {
    private static final Map<Integer, Integer> TABLE = build();

    static int map(int c) {
      return TABLE.getOrDefault(c, c);
    }

    private static Map<Integer, Integer> build() {
      Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
      Map<Integer, Integer> table = new HashMap<>(4096);
      for (UnicodeSetIterator it = new UnicodeSetIterator(simplify.getSourceSet()); it.next(); ) {
        if (it.codepoint == UnicodeSetIterator.IS_STRING) {
          continue;
        }
        String simplified = simplify.transliterate(UTF16.valueOf(it.codepoint));
        if (simplified.codePointCount(0, simplified.length()) == 1
            && simplified.codePointAt(0) != it.codepoint) {
          table.put(it.codepoint, simplified.codePointAt(0));
        }
      }
      // Japanese forms that Chinese readers read as the same character, and 冶 for 治, which
      // looks the same at a glance: cheap look-alikes the transliterator does not cover.
      put(table, "薬药効效剤剂冶治");
      // Financial numerals (大写数字) are read as the plain numerals; 参 is left alone, it is
      // more often a word than a three.
      put(table, "壹一贰二叁三肆四伍五陆六柒七捌八玖九拾十佰百仟千");
      // Chain: a Traditional financial numeral (貳) simplifies to 贰, then reads as 二.
      table.replaceAll((k, v) -> table.getOrDefault(v, v));
      return Map.copyOf(table);
    }

    private static void put(Map<Integer, Integer> table, String pairs) {
      int[] cps = pairs.codePoints().toArray();
      for (int i = 0; i + 1 < cps.length; i += 2) {
        table.put(cps[i], cps[i + 1]);
      }
    }
  }

  /**
   * Letters of other scripts that look like a Latin letter (Cyrillic о, Greek ο, IPA ɑ) read as
   * that letter, by ICU's confusable skeletons; CJK scripts keep their own letters.
   */
  private static final class Homoglyphs {
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final Map<Integer, Integer> CACHE = new ConcurrentHashMap<>();

    static int latinFor(int c) {
      int script = UScript.getScript(c);
      if (script == UScript.HIRAGANA
          || script == UScript.KATAKANA
          || script == UScript.HANGUL
          || script == UScript.BOPOMOFO) {
        return c;
      }
      return CACHE.computeIfAbsent(c, Homoglyphs::skeleton);
    }

    private static int skeleton(int c) {
      String s;
      synchronized (SKELETONS) {
        s = SKELETONS.getSkeleton(UTF16.valueOf(c));
      }
      // Only a single lower-case ASCII letter is taken: the skeleton of a lower-case letter is
      // what it looks like, while upper-case skeletons conflate I with l.
      return s.length() == 1 && s.charAt(0) >= 'a' && s.charAt(0) <= 'z' ? s.charAt(0) : c;
    }
  }
}
