package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The normalised form reads every spelling alike and still knows where each character came from.
 */
class NormalisedTextTest {

  @Test
  void foldsWidthCaseScriptAndDigits() {
    assertThat(NormalisedText.of("Ｆｕｌｌ　１２３，藥到病除！ÉCOLE ٣ ①").text()).isEqualTo("full123药到病除ecole31");
  }

  @Test
  void dropsEverythingThatIsNotALetterOrNumber() {
    assertThat(NormalisedText.of("根\u200b治 * 💊 ～ \u3164【】 ，。\n\t").text()).isEqualTo("根治");
  }

  @Test
  void readsFinancialNumeralsAsPlainOnes() {
    assertThat(NormalisedText.of("壹贰叁肆伍陆柒捌玖拾佰仟 貳").text()).isEqualTo("一二三四五六七八九十百千二");
  }

  @Test
  void mapsEveryNormalisedCharacterBackToTheOriginal() {
    String original = "😀ａ\u200bB，藥ﬁ";
    NormalisedText text = NormalisedText.of(original);

    assertThat(text.text()).isEqualTo("ab药fi");
    assertThat(original.substring(text.originalStart(0), text.originalEnd(1))).isEqualTo("ａ");
    assertThat(original.substring(text.originalStart(1), text.originalEnd(2))).isEqualTo("B");
    assertThat(original.substring(text.originalStart(2), text.originalEnd(3))).isEqualTo("藥");
    // ﬁ becomes two letters, both from the one original character.
    assertThat(original.substring(text.originalStart(3), text.originalEnd(5))).isEqualTo("ﬁ");
    assertThat(original.substring(text.originalStart(0), text.originalEnd(5)))
        .isEqualTo("ａ\u200bB，藥ﬁ");
  }

  @Test
  void knowsItsClausesAndQuestions() {
    NormalisedText text = NormalisedText.of("能根治吗？ 不能。有效：98%");
    assertThat(text.text()).isEqualTo("能根治吗不能有效98");
    assertThat(text.clauseOf(0)).isNotEqualTo(text.clauseOf(4));
    assertThat(text.isQuestion(0)).isTrue();
    assertThat(text.isQuestion(4)).isFalse();
    // The colon introduces what follows, it does not end a clause.
    assertThat(text.clauseOf(6)).isEqualTo(text.clauseOf(9));
    assertThat(text.isNaturalSpan(1, 3)).isTrue();
    assertThat(text.isNaturalSpan(3, 5)).isFalse();
  }

  @Test
  void acceptsAClaimSplitByPunctuationBetweenEveryCharacter() {
    assertThat(NormalisedText.of("包，治，百，病").isNaturalSpan(0, 4)).isTrue();
    assertThat(NormalisedText.of("包治，百病").isNaturalSpan(0, 4)).isFalse();
    assertThat(NormalisedText.of("根，治").isNaturalSpan(0, 2)).isFalse();
  }
}
