package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped dictionary: every category cites its rule, and every entry is reachable. */
class DefaultDictionaryTest {

  private static final ClaimDictionary DEFAULTS = ClaimDictionary.defaults();

  @Test
  void everyCategoryNamesItsRuleInChineseAndEnglish() {
    assertThat(DEFAULTS.categories())
        .extracting(ClaimDictionary.Category::id)
        .contains(
            "guaranteed-cure",
            "guaranteed-efficacy",
            "money-back",
            "safety-assertion",
            "cure-rate",
            "endorsement",
            "miracle-remedy",
            "absolute-terms",
            "comparison",
            "non-medical-treatment");
    assertThat(DEFAULTS.categories())
        .allSatisfy(
            c -> {
              assertThat(c.basisZh()).matches(".*《(广告法|医疗广告管理办法)》第[一二三四五六七八九十]+条.*");
              assertThat(c.basisEn()).containsPattern("Art\\. \\d+");
              assertThat(c.nameZh()).isNotBlank();
              assertThat(c.nameEn()).isNotBlank();
            });
  }

  @Test
  void everyCategoryHasEntries() {
    List<String> used = DEFAULTS.entries().stream().map(e -> e.category().id()).distinct().toList();
    assertThat(used)
        .containsExactlyInAnyOrderElementsOf(
            DEFAULTS.categories().stream().map(ClaimDictionary.Category::id).toList());
  }

  @Test
  void everyPatternNameIsCaughtByItsOwnPatternWhenItIsAnExample() {
    // A pattern whose name is itself an example of the claim (保证治好, 无效退款) must catch it:
    // a pattern that cannot match its own name is broken.
    ForbiddenClaims policy = new ForbiddenClaims();
    List<ClaimDictionary.Entry> examples =
        DEFAULTS.entries().stream()
            .filter(ClaimDictionary.Entry::pattern)
            .filter(e -> !e.form().contains("N") && !e.form().contains("%"))
            .toList();
    assertThat(examples).hasSizeGreaterThan(20);
    for (ClaimDictionary.Entry entry : examples) {
      assertThat(policy.findings(entry.form()))
          .as(entry.form())
          .extracting(f -> f.category().id())
          .contains(entry.category().id());
    }
  }
}
