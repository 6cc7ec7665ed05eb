package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A claim that the text denies, warns about, asks about or calls false is let through; a claim that
 * is only negated somewhere else, or negated twice, is not. See {@link ClaimContext} for the
 * trade-off.
 */
class NegationTest {

  private static final ForbiddenClaims POLICY = new ForbiddenClaims();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "不能保证治愈",
        "无法保证治愈",
        "任何医院都不能保证治愈",
        "我们不保证100%有效",
        "高血压需要长期管理，不能根治的说法要谨慎",
        "目前高血压尚无法根治，但可以有效控制。",
        "湿疹很难彻底断根，需要长期护理。",
        "没有绝对安全的药物，用药请遵医嘱。",
        "降压药不会马上见效，请坚持服用。",
        "如无不良反应，可继续服用。",
        "保健食品不能代替药物。"
      })
  void allowsANegatedClaim(String text) {
    assertThat(POLICY.findings(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"不要轻信包治百病的广告。", "警惕宣称“根治糖尿病”的虚假宣传。", "警惕“三天见效”的宣传", "所谓祖传秘方多是骗局", "谨防无效退款等承诺"})
  void allowsAWarningAboutAClaim(String text) {
    assertThat(POLICY.findings(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"糖尿病能根治吗？", "高血压可以根治吗", "怎样才能根治高血压？", "很多患者问：这种病能否根治？"})
  void allowsAQuestionAboutAClaim(String text) {
    assertThat(POLICY.findings(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"保证治愈的说法是骗人的", "包治百病？不可能！", "包治百病纯属忽悠", "保证治愈是不可能的", "三天见效？都是套路。"})
  void allowsAClaimTheTextCallsFalse(String text) {
    assertThat(POLICY.findings(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"没有不能根治的病", "谁说糖尿病不能根治", "不是不能根治"})
  void refusesADoubleNegation(String text) {
    assertThat(POLICY.findings(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "不，保证治愈",
        "不花冤枉钱，保证治愈",
        "高血压不能根治，但是我们的药可以根治",
        "不仅能缓解，更能根治",
        "不用手术，三天见效",
        "不用说保证治愈"
      })
  void refusesAClaimThatIsNegatedOnlyElsewhere(String text) {
    assertThat(POLICY.findings(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"想根治吗？来我院", "还在犹豫？保证治愈！"})
  void refusesAQuestionThatSellsTheClaim(String text) {
    assertThat(POLICY.findings(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"保证治愈，不存在风险", "包治百病，不可能复发"})
  void refusesARefutationThatGoesOnToAnotherClaim(String text) {
    assertThat(POLICY.findings(text)).isNotEmpty();
  }
}
