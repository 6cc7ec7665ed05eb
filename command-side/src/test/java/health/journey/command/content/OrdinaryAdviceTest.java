package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary health education and care messages pass, even where they share words with claims. */
class OrdinaryAdviceTest {

  private static final ForbiddenClaims POLICY = new ForbiddenClaims();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "坚持运动有助于控制血糖",
        "请按时服药",
        "戒烟可以降低心血管风险",
        "饮食建议：少盐少油",
        "高血压是一种慢性病，需要长期规律服药，不可擅自停药或减量。",
        "每天保证7到8小时睡眠，保证有效睡眠时间。",
        "糖尿病患者应定期监测血糖，空腹血糖控制在4.4-7.0mmol/L。",
        "建议每周进行至少150分钟中等强度有氧运动。",
        "服药后如出现皮疹、头晕等不良反应，请及时就医。",
        "二甲双胍是2型糖尿病的一线用药，请遵医嘱服用。",
        "流感疫苗安全有效，建议老年人每年接种。",
        "早发现、早诊断、早治疗，疗效最好。",
        "幽门螺杆菌根除治疗一般需要14天，请完成整个疗程。",
        "术后一般需要4到6周恢复，期间避免剧烈运动。",
        "体检报告显示您的血脂偏高，建议低脂饮食并三个月后复查。",
        "每日三次，每次一片，饭后服用。",
        "如果血压持续高于140/90，请及时复诊。",
        "感冒多数一周左右可自行恢复，多喝水，注意休息。",
        "医生会根据您的情况制定个体化治疗方案。",
        "运动时要确保安全，避免空腹运动。",
        "我国高血压患者的控制率仅为16.8%，需要加强管理。",
        "研究显示，规律运动可使2型糖尿病风险降低30%。",
        "减重5%-10%即可明显改善血糖。",
        "韭菜去根洗净切段，少油快炒。",
        "伤口用纱布包好，保持干燥。",
        "您好，您的第一次随访安排在下周一，北京大学第一医院心内科。",
        "请按医生推荐的剂量服药。",
        "专家推荐成年人每天饮水1500毫升。",
        "专家共识推荐糖尿病患者每年筛查眼底。",
        "有效控制血压可以降低中风风险。",
        "吸烟是肺癌的头号危险因素。",
        "最佳的运动时间是餐后一小时，不要错过最佳手术时机。",
        "最好每天步行6000步以上。",
        "面包、米饭等主食要适量。",
        "若服药一周后症状无改善，请复诊。",
        "抗生素需按疗程服用，症状消失后也不要立即停药。",
        "肺结核规范治疗后治愈率高，请坚持服药。",
        "治疗有效率因人而异，请与医生沟通。",
        "有效率地安排时间，规律作息。",
        "治愈后仍需定期复查，防止复发。",
        "保健食品不能代替药物，不能治疗疾病。",
        "雌激素（Estrogen）治疗需遵医嘱。",
        "Collagen治疗痤疮瘢痕的研究"
      })
  void allowsOrdinaryHealthAdvice(String text) {
    assertThat(POLICY.findings(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"乳腺癌根治术后应进行上肢功能锻炼。", "根治性放疗结束后一个月复查。", "择期行根治手术。", "建议进行幽门螺杆菌根治，疗程14天。"})
  void allowsMedicalTermsThatContainAClaimWord(String text) {
    assertThat(POLICY.findings(text)).isEmpty();
  }

  @Test
  void aMedicalTermDoesNotShieldAClaimAroundIt() {
    assertThat(POLICY.findings("保证根治幽门螺杆菌")).isNotEmpty();
    assertThat(POLICY.findings("根治术三天见效")).isNotEmpty();
  }

  @Test
  void doesNotReadACommaAsAnEvasion() {
    // 病根 + ，+ 治疗 holds 根治 once the comma is stripped; it is two phrases, not a claim.
    assertThat(POLICY.findings("找到病根，治疗就容易了。")).isEmpty();
    assertThat(POLICY.findings("要有信心。\n治疗需要时间，100\n有效沟通很重要")).isEmpty();
  }

  @Test
  void findsTheOneClaimInALongOrdinaryMessage() {
    String advice =
        "王先生您好：您本次体检血压142/92mmHg，空腹血糖6.8mmol/L。建议低盐低脂饮食，每周运动五次，" + "每次30分钟；按时服用降压药，不要擅自停药。三个月后复查。";
    assertThat(POLICY.findings(advice)).isEmpty();
    assertThat(POLICY.findings(advice + "我们的新疗法保证治愈。"))
        .singleElement()
        .satisfies(f -> assertThat(f.category().id()).isEqualTo("guaranteed-cure"));
  }
}
