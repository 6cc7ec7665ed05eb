package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.BusinessRuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a finding and a refusal tell: the rule, the category, where, and nothing more of the text.
 */
class FindingsTest {

  private static final ForbiddenClaims POLICY = new ForbiddenClaims();

  @Test
  void reportsWhereInTheOriginalTextTheClaimIs() {
    String text = "😀您好！我们的药\u200b藥 到.病 除，还能１００％有效。";
    List<Finding> findings = POLICY.findings(text);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).excerptOf(text)).isEqualTo("藥 到.病 除");
    assertThat(findings.get(0).start()).isEqualTo(text.indexOf("藥"));
    assertThat(findings.get(1).excerptOf(text)).isEqualTo("１００％有效");
    assertThat(findings.get(1).end()).isEqualTo(text.indexOf("。"));
  }

  @Test
  void reportsASpanThatStartsAndEndsOnTheClaimsOwnCharacters() {
    String text = "  **包\u200b治\u200b百\u200b病**  ";
    Finding finding = POLICY.findings(text).get(0);
    assertThat(finding.excerptOf(text)).isEqualTo("包\u200b治\u200b百\u200b病");
  }

  @Test
  void reportsTheRuleInItsDictionaryForm() {
    assertThat(POLICY.findings("保證治癒")).extracting(Finding::rule).containsExactly("保证治愈");
    assertThat(POLICY.findings("叁 天 見 效")).extracting(Finding::rule).containsExactly("N天见效");
    assertThat(POLICY.findings("祖傳秘方"))
        .extracting(f -> f.category().nameZh(), f -> f.category().basisZh())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("神化疗效或秘方", "《广告法》第二十八条第二款第（四）项、《广告法》第十六条第一款第（一）项"));
  }

  @Test
  void reportsEachClaimOnce() {
    // 3天根治 holds 根治; 100%有效 is matched by two rules. Each is one claim.
    assertThat(POLICY.findings("3天根治")).hasSize(1);
    assertThat(POLICY.findings("100%有效")).hasSize(1);
    assertThat(POLICY.findings("根治，根治，根治")).hasSize(3);
  }

  @Test
  void aRefusalNamesTheRuleInChineseAndEnglish() {
    String reason = POLICY.refusalReason("本品藥到病除").orElseThrow();

    assertThat(reason)
        .contains("第3–6字「藥到病除」")
        .contains("保证治愈")
        .contains("《医疗广告管理办法》第七条第（二）项")
        .contains("characters 3–6 \"藥到病除\"")
        .contains("guaranteed cure")
        .contains("Advertising Law, Art. 16(1)(i)")
        .contains(ForbiddenClaims.NAME)
        .contains(ForbiddenClaims.NAME_ZH);
  }

  @Test
  void aRefusalQuotesNoMoreOfTheTextThanTheClaim() {
    String text = "患者王丽，电话13812341234，身份证11010519491231002X：本院祖传秘方，治愈率98%。";
    String reason = POLICY.refusalReason(text).orElseThrow();

    assertThat(reason).contains("祖传秘方").contains("治愈率98");
    assertThat(reason).doesNotContain("王丽").doesNotContain("1381234").doesNotContain("110105");
    assertThat(reason).doesNotContain("本院");
  }

  @Test
  void aRefusalShowsAPaddedClaimWithoutItsPadding() {
    String text = "根" + "\u200b".repeat(500) + " ".repeat(500) + "治";
    String reason = POLICY.refusalReason(text).orElseThrow();
    assertThat(reason).contains("「根 治」").doesNotContain("\u200b").hasSizeLessThan(600);
  }

  @Test
  void checkThrowsABusinessRuleViolationWithTheReason() {
    assertThatThrownBy(() -> POLICY.check("三天见效，无效退款"))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo(ForbiddenClaims.VIOLATION_CODE);
              assertThat(e.getMessage()).contains("三天见效").contains("无效退款");
            });
  }

  @Test
  void allowedTextHasNoRefusal() {
    POLICY.check("请按时服药");
    assertThat(POLICY.refusalReason("请按时服药")).isEmpty();
    assertThat(POLICY.allows("请按时服药")).isTrue();
    assertThat(POLICY.allows("")).isTrue();
    assertThat(POLICY.allows("！！！……")).isTrue();
    assertThat(POLICY.allows("包治百病")).isFalse();
  }

  @Test
  void aRefusalOfManyClaimsListsTheFirstAndCountsTheRest() {
    String reason = POLICY.refusalReason("根治。神药。特效药。祖传秘方。零风险。立竿见影。包治百病。").orElseThrow();
    assertThat(reason).contains("另有2处").contains("and 2 more").doesNotContain("包治百病");
  }
}
