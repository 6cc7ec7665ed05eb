package health.journey.command.content;

import java.util.OptionalLong;

/**
 * Reads a number written in ASCII digits, Chinese numerals or a mix of both (3, 三, 十五, 一百二十, 一〇〇,
 * 1万), so that a configured phrase such as 七天见效 also catches 7天见效 and 柒天见效 but not 17天见效. Financial
 * numerals have already been read as plain numerals by {@link NormalisedText}.
 */
final class ChineseNumber {

  /** Characters that make up a number once text is normalised. */
  static final String NUMERAL_CHARACTERS = "0123456789零〇一二两俩仨三四五六七八九十百千万亿";

  private ChineseNumber() {}

  static boolean isNumeral(int c) {
    return NUMERAL_CHARACTERS.indexOf(c) >= 0;
  }

  /** The value of a run of numeral characters, or empty when it does not read as one number. */
  static OptionalLong parse(String run) {
    if (run.isEmpty() || run.length() > 18) {
      return OptionalLong.empty();
    }
    long total = 0;
    long section = 0;
    long number = 0;
    boolean previousWasDigit = false;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      int digit = digit(c);
      if (digit >= 0) {
        // Digit after digit is positional (一〇〇, 100); after a unit it starts a new number.
        number = previousWasDigit ? number * 10 + digit : digit;
        previousWasDigit = true;
        continue;
      }
      long unit = unit(c);
      if (unit < 0) {
        return OptionalLong.empty();
      }
      if (unit >= 10_000) {
        section += number;
        total += (section == 0 ? 1 : section) * unit;
        section = 0;
      } else {
        // A unit with no number before it counts once: 十五 is 15, 百 is 100.
        section += (previousWasDigit ? number : 1) * unit;
      }
      number = 0;
      previousWasDigit = false;
    }
    return OptionalLong.of(total + section + number);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两', '俩' -> 2;
      case '三', '仨' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  private static long unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1_000;
      case '万' -> 10_000;
      case '亿' -> 100_000_000;
      default -> -1;
    };
  }
}
