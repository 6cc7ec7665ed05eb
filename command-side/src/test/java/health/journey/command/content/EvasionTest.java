package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims written so as to slip past a word list are caught as if written plainly. */
class EvasionTest {

  private static final ForbiddenClaims POLICY = new ForbiddenClaims();

  private static List<String> categoriesIn(String text) {
    return POLICY.findings(text).stream().map(f -> f.category().id()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"１００％有效", "１００％ 有 效", "100％有效", "１００%治愈", "百分百有效", "百分之百治愈", "¹⁰⁰%有效"})
  void catchesFullWidthDigitsAndPercent(String text) {
    assertThat(categoriesIn(text)).containsExactly("guaranteed-efficacy");
  }

  @Test
  void catchesFullWidthLatin() {
    assertThat(categoriesIn("ＮＯ ＳＩＤＥ ＥＦＦＥＣＴＳ")).containsExactly("safety-assertion");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"藥到病除", "保證治癒", "無效退款", "無副作用", "零風險", "祖傳秘方", "靈丹妙藥", "療效第一", "保證根治，永不復發"})
  void catchesTraditionalCharacters(String text) {
    assertThat(POLICY.findings(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " ", "  ", "*", ".", "·", "~", "/", "-", "_", "　", "\t", "💊", "😀", "♥", "★", "|", "（）"
      })
  void catchesCharactersSplitBySymbolsOrSpaces(String separator) {
    String text = String.join(separator, "包", "治", "百", "病");
    assertThat(POLICY.findings(text))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("包治百病"));
    assertThat(categoriesIn("根" + separator + "治")).containsExactly("guaranteed-cure");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u200b",
        "\u200c",
        "\u200d",
        "\u2060",
        "\ufeff",
        "\u00ad",
        "\u3164",
        "\u034f",
        "\ufe0f",
        "\u0301",
        "\u2800",
        "\u180e",
        "\ud834\udd73"
      })
  void catchesInvisibleCharactersBetweenCharacters(String invisible) {
    assertThat(categoriesIn("根" + invisible + "治")).containsExactly("guaranteed-cure");
    assertThat(categoriesIn("无" + invisible + "效" + invisible + "退" + invisible + "款"))
        .containsExactly("money-back");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "三天见效", "3天见效", "叁天见效", "３天见效", "③天见效", "㈢天见效", "٣天见效", "貳拾天痊愈", "一〇〇天根治", "两个疗程根治",
        "半个月断根", "几天就见效", "一针见效", "七日痊愈", "10天内治愈", "3 天 见 效"
      })
  void catchesChineseNumeralsAndDigitsAlike(String text) {
    assertThat(POLICY.findings(text))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("N天见效"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Guaranteed Cure",
        "GUARANTEED CURE",
        "gUaRaNtEeD cUrE",
        "100% Effective",
        "No Side-Effects",
        "Risk-Free"
      })
  void catchesMixedCaseLatin(String text) {
    assertThat(POLICY.findings(text)).isNotEmpty();
  }

  static Stream<Arguments> lookAlikes() {
    return Stream.of(
        Arguments.of("1OO%有效", "guaranteed-efficacy"),
        Arguments.of("l00%有效", "guaranteed-efficacy"),
        Arguments.of("guaranteed сurе", "guaranteed-cure"), // Cyrillic с and е
        Arguments.of("miraclе cure", "miracle-remedy"), // Cyrillic е
        Arguments.of("薬到病除", "guaranteed-cure"), // Japanese form of 藥
        Arguments.of("⼀次见效", "guaranteed-efficacy"), // Kangxi radical one
        Arguments.of("根冶", "guaranteed-cure")); // 冶 for 治
  }

  @ParameterizedTest
  @MethodSource("lookAlikes")
  void catchesLookAlikeCharacters(String text, String category) {
    assertThat(categoriesIn(text)).containsExactly(category);
  }

  @ParameterizedTest
  @ValueSource(strings = {"根zhi", "gen治", "GEN治", "根 ｚｈｉ", "保证治yu", "祖chuan秘方", "神yao"})
  void catchesPinyinMixedIntoAPhrase(String text) {
    assertThat(POLICY.findings(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dr. Shen Yi", "genzhi", "shenyao"})
  void allowsPinyinAloneWhichIsAsLikelyAName(String text) {
    assertThat(POLICY.findings(text)).isEmpty();
  }

  @Test
  void catchesSeveralEvasionsAtOnce() {
    String text = "本院秘制：藥 到.病 除，１００％有‍效，无\u200b效\u200b退\u200b款！";
    assertThat(categoriesIn(text))
        .containsExactly("guaranteed-cure", "guaranteed-efficacy", "money-back");
  }

  /** Every shipped phrase, rewritten as an evader would, is still caught, over its whole length. */
  @Test
  void catchesEveryDefaultPhraseHoweverItIsWritten() {
    Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
    List<ClaimDictionary.Entry> phrases =
        ClaimDictionary.defaults().entries().stream().filter(e -> !e.pattern()).toList();
    assertThat(phrases).hasSizeGreaterThan(50);
    for (ClaimDictionary.Entry phrase : phrases) {
      String plain = phrase.source();
      String[] characters = plain.split("");
      for (String text :
          List.of(
              plain,
              traditional.transliterate(plain),
              String.join(" ", characters),
              String.join("\u200b", characters),
              String.join("*", characters),
              toFullWidth(plain),
              "【" + plain + "】")) {
        assertThat(POLICY.findings(text))
            .as("%s written as %s", plain, text)
            .anySatisfy(
                f -> {
                  assertThat(f.category()).isEqualTo(phrase.category());
                  assertThat(text.substring(f.start(), f.end()).replaceAll("[【】]", ""))
                      .isEqualTo(text.replaceAll("[【】]", ""));
                });
      }
    }
  }

  private static String toFullWidth(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c > 0x20 && c < 0x7f ? (char) (c + 0xfee0) : (char) c));
    return out.toString();
  }
}
