package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product adds phrases to refuse and phrases to allow when it builds the policy. */
class ConfigurationTest {

  private static final ForbiddenClaims CONFIGURED =
      new ForbiddenClaims(
          ClaimDictionary.defaults().toBuilder()
              .extraPhrases(List.of("七天瘦十斤", "排毒养颜"))
              .allow("流感特效药")
              .build());

  @ParameterizedTest
  @ValueSource(
      strings = {"七天瘦十斤", "7天瘦10斤", "柒天瘦拾斤", "七 天 瘦 十 斤", "７天瘦１０斤", "一周七天瘦十斤", "排毒養顏", "排·毒·养·颜"})
  void extraPhrasesFromConfigurationAreCaught(String text) {
    assertThat(CONFIGURED.findings(text))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.category().id()).isEqualTo(ClaimDictionary.CONFIGURED);
              assertThat(f.rule()).isIn("七天瘦十斤", "排毒养颜");
            });
    assertThat(new ForbiddenClaims().findings(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"十七天瘦十斤", "七天瘦一百斤", "2天瘦10斤"})
  void anExtraPhraseWithANumberMatchesThatNumberOnly(String text) {
    assertThat(CONFIGURED.findings(text)).isEmpty();
  }

  @Test
  void allowedPhrasesFromConfigurationAreLetThrough() {
    assertThat(CONFIGURED.findings("流感特效药需在发病48小时内使用")).isEmpty();
    assertThat(new ForbiddenClaims().findings("流感特效药需在发病48小时内使用")).isNotEmpty();
    // Only what lies inside the allowed phrase is let through.
    assertThat(CONFIGURED.findings("流感特效药，保证治愈")).isNotEmpty();
    assertThat(CONFIGURED.findings("特效药")).isNotEmpty();
  }

  @Test
  void categoriesAndPatternsCanBeAddedAsText() {
    ClaimDictionary dictionary =
        ClaimDictionary.defaults().toBuilder()
            .addAll(
                """
                # 减重承诺 is this organisation's own rule
                [weight-loss]
                zh = 减重承诺
                en = promised weight loss
                basis = 本机构内容规范
                basis-en = this organisation's content rules
                pattern N天瘦N斤 = {数}天瘦{数}斤
                phrase = 躺着瘦
                [guaranteed-cure]
                phrase = 一次断根
                [allow]
                phrase = 保证治愈率统计口径一致
                """)
            .build();
    ForbiddenClaims policy = new ForbiddenClaims(dictionary);

    assertThat(policy.findings("三十天瘦二十斤"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.category().nameZh()).isEqualTo("减重承诺");
              assertThat(f.rule()).isEqualTo("N天瘦N斤");
            });
    assertThat(policy.findings("躺著瘦")).isNotEmpty();
    assertThat(policy.findings("一 次 斷 根"))
        .singleElement()
        .satisfies(f -> assertThat(f.category().id()).isEqualTo("guaranteed-cure"));
    assertThat(policy.findings("保证治愈率统计口径一致")).isEmpty();
    assertThat(policy.findings("根治")).isNotEmpty(); // the defaults are still there
  }

  @Test
  void aDictionaryCanReplaceTheDefaults() {
    ForbiddenClaims policy =
        new ForbiddenClaims(
            ClaimDictionary.parse(
                """
                [configured]
                zh = 机构禁用
                en = not allowed here
                basis = 本机构内容规范
                basis-en = this organisation's rules
                phrase = 包邮
                """));
    assertThat(policy.findings("包 郵")).hasSize(1);
    assertThat(policy.findings("根治")).isEmpty();
  }

  @Test
  void aMistakeInTheDictionaryFailsWhenItIsBuilt() {
    assertThatThrownBy(() -> ClaimDictionary.builder().phrase("nowhere", "根治"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
    assertThatThrownBy(() -> ClaimDictionary.parse("[x]\nzh = 甲\nen = a\nbasis = b\nphrase = 根治"))
        .hasMessageContaining("basis-en");
    assertThatThrownBy(
            () ->
                ClaimDictionary.parse(
                    "[x]\nzh = 甲\nen = a\nbasis = b\nbasis-en = b\npattern bad = (根治"))
        .hasMessageContaining("Line 6")
        .hasMessageContaining("bad");
    assertThatThrownBy(
            () ->
                ClaimDictionary.parse(
                    "[x]\nzh = 甲\nen = a\nbasis = b\nbasis-en = b\npattern mid = 根{end}治"))
        .hasMessageContaining("{end}");
    assertThatThrownBy(() -> ClaimDictionary.parse("phrase = 根治")).hasMessageContaining("Line 1");
    assertThatThrownBy(() -> ClaimDictionary.builder().allow(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClaimDictionary.builder().extraPhrase("！！"))
        .hasMessageContaining("no letters or digits");
  }
}
