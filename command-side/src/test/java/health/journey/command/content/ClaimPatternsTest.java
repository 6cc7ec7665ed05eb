package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Claims nobody wrote into the dictionary word for word are caught by the patterns that follow the
 * rules' intent; each case names the category it must be refused under.
 */
class ClaimPatternsTest {

  private static final ForbiddenClaims POLICY = new ForbiddenClaims();

  private static List<String> categoriesIn(String text) {
    return POLICY.findings(text).stream().map(f -> f.category().id()).distinct().toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "服用本品五天即可见效",
        "坚持两周明显见效",
        "一个疗程彻底治愈",
        "七十二小时内痊愈",
        "30分钟见效",
        "半年根治",
        "贴一贴，三晚就见效",
        "3剂病除",
        "喝上十盒就能治好",
        "当天见效",
        "马上见效",
        "立竿见影",
        "秒见效"
      })
  void catchesPromisesOfResultsWithinATime(String text) {
    assertThat(categoriesIn(text)).containsExactly("guaranteed-efficacy");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "保证治好",
        "保证能治好",
        "确保治愈",
        "承诺根治",
        "包您治好",
        "一定能治好",
        "肯定能根治",
        "包治糖尿病",
        "包治各种皮肤病",
        "包您康复",
        "绝不复发",
        "从此不再复发",
        "一辈子不犯病",
        "永久不反弹",
        "彻底断根",
        "一次除根",
        "没有我们治不好的病",
        "包治包好",
        "cure guaranteed"
      })
  void catchesGuaranteesOfCure(String text) {
    assertThat(categoriesIn(text)).containsExactly("guaranteed-cure");
  }

  @ParameterizedTest
  @ValueSource(strings = {"保证有效！", "绝对有效。", "百分百有效", "十成有效", "疗效神奇", "100 percent effective"})
  void catchesAssertionsOfEfficacy(String text) {
    assertThat(categoriesIn(text)).containsExactly("guaranteed-efficacy");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"无效退钱", "不见效全额退款", "治不好不要钱", "不治愈不收费", "治好再付款", "没效果就退款", "money-back guarantee"})
  void catchesRefundPromises(String text) {
    assertThat(categoriesIn(text)).containsExactly("money-back");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "零副作用",
        "毫无副作用",
        "没有任何不良反应",
        "无毒副作用",
        "绝对安全",
        "100%安全",
        "安全无毒",
        "无依赖性",
        "zero risk"
      })
  void catchesAssertionsOfSafety(String text) {
    assertThat(categoriesIn(text)).containsExactly("safety-assertion");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "治愈率99.9%",
        "总有效率高达96.7%",
        "有效率：98.5％",
        "有效率达到九成",
        "九成患者有效",
        "95%以上的患者治愈",
        "百分之九十五的人都有效",
        "本院治愈率达到百分之九十八",
        "已治愈上万名患者",
        "治愈率全国第一"
      })
  void catchesCureAndEfficacyRates(String text) {
    assertThat(categoriesIn(text)).containsExactly("cure-rate");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "患者现身说法",
        "专家推荐的产品",
        "医生力荐",
        "十万患者的选择",
        "由多位专家联合推荐",
        "经权威专家认证",
        "明星代言",
        "数千名用户亲测",
        "doctor-recommended"
      })
  void catchesEndorsements(String text) {
    assertThat(categoriesIn(text)).containsExactly("endorsement");
  }

  @ParameterizedTest
  @ValueSource(strings = {"特效药", "神药", "祖传秘方", "宫廷秘方", "灵丹妙药", "万能药", "miracle cure"})
  void catchesMiracleRemedies(String text) {
    assertThat(categoriesIn(text)).containsExactly("miracle-remedy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"最佳疗法", "最先进的治疗技术", "全球首创技术", "国际领先的手术", "第一品牌", "疗效第一", "顶级专家"})
  void catchesSuperlatives(String text) {
    assertThat(categoriesIn(text)).containsExactly("absolute-terms");
  }

  @ParameterizedTest
  @ValueSource(strings = {"疗效优于其他药物", "比同类产品更有效", "比普通降压药还快", "秒杀所有药物", "药效远超进口"})
  void catchesComparisonsWithOtherTreatments(String text) {
    assertThat(categoriesIn(text)).containsExactly("comparison");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"告别胰岛素", "代替降压药", "吃了就能停药", "不用吃药就能降压", "益生菌可以治疗便秘", "磁疗降血压", "这款枕头专治颈椎病"})
  void catchesNonMedicalProductsClaimingToTreat(String text) {
    assertThat(categoriesIn(text)).containsExactly("non-medical-treatment");
  }
}
