package health.journey.api.advice;

import java.util.List;

/**
 * The advice items the product ships and defines at first start, in Chinese, each given for the
 * tags of the default rules it follows and citing the guideline it follows.
 */
public final class DefaultAdvice {

  private DefaultAdvice() {}

  public static List<AdviceItemDefinition> all() {
    return List.of(
        new AdviceItemDefinition(
            "weight-diet",
            AdviceCategory.DIET,
            "控制体重的饮食",
            "控制每日总能量摄入，少吃高油、高糖食物和含糖饮料，每餐七八分饱；主食中增加全谷物和杂豆，多吃蔬菜。",
            List.of("obesity", "overweight", "central obesity"),
            "中国居民膳食指南（2022）; 中国成人超重和肥胖预防控制指南（2021）"),
        new AdviceItemDefinition(
            "physical-activity",
            AdviceCategory.EXERCISE,
            "规律身体活动",
            "每周进行至少150分钟中等强度身体活动（如快走、骑车），分散在多数日子进行；减少久坐，每坐一小时起身活动几分钟。",
            List.of(
                "obesity",
                "overweight",
                "central obesity",
                "hyperglycaemia",
                "dyslipidaemia",
                "hypertension"),
            "中国人群身体活动指南（2021）: adults 150–300 minutes of moderate activity a week"),
        new AdviceItemDefinition(
            "low-salt",
            AdviceCategory.DIET,
            "减少食盐",
            "每日食盐不超过5克，少吃腌制食品和加工肉类，多吃新鲜蔬菜和水果；按时测量血压并记录。",
            List.of("hypertension"),
            "中国高血压防治指南（2018年修订版）: salt under 5 g a day"),
        new AdviceItemDefinition(
            "glucose-diet",
            AdviceCategory.DIET,
            "血糖偏高的饮食",
            "定时定量进餐，减少精制米面和甜食，不喝含糖饮料，主食优先选择全谷物；请按医生建议复查空腹血糖或糖化血红蛋白。",
            List.of("hyperglycaemia", "diabetic-range glucose"),
            "中国2型糖尿病防治指南（2020年版）: medical nutrition therapy"),
        new AdviceItemDefinition(
            "lipid-diet",
            AdviceCategory.DIET,
            "血脂异常的饮食",
            "减少动物脂肪、肥肉和油炸食品，每日烹调油不超过25至30克，适量吃鱼类、豆制品和坚果；请按医生建议复查血脂。",
            List.of("dyslipidaemia"),
            "中国成人血脂异常防治指南（2016年修订版）: lifestyle therapy"),
        new AdviceItemDefinition(
            "quit-smoking",
            AdviceCategory.SMOKING,
            "戒烟",
            "吸烟危害心血管和呼吸系统健康。建议尽早戒烟，可拨打12320卫生热线咨询或到戒烟门诊寻求帮助。",
            List.of("smoker"),
            "中国临床戒烟指南（2015年版）: brief cessation advice at every visit"),
        new AdviceItemDefinition(
            "mood-support",
            AdviceCategory.MENTAL_HEALTH,
            "情绪关注",
            "问卷提示您的情绪可能需要关注。健康管理师会与您联系，必要时安排专业评估；如有紧急情况，请立即就医或拨打心理援助热线。",
            List.of("depression risk", "anxiety risk"),
            "PHQ-9 (Kroenke et al. 2001) and GAD-7 (Spitzer et al. 2006): a total of 10 or more"
                + " calls for a clinician's assessment"),
        new AdviceItemDefinition(
            "sleep-routine",
            AdviceCategory.SLEEP,
            "规律作息",
            "保持规律作息，成人每晚睡眠7至8小时；睡前一小时避免使用手机等电子设备，下午起少喝咖啡和浓茶。",
            List.of("anxiety risk", "depression risk"),
            "中国成人失眠诊断与治疗指南（2017版）: sleep hygiene"));
  }
}
