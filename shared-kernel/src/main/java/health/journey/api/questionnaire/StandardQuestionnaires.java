package health.journey.api.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaires the product ships and publishes at first start: PHQ-9 (depression) and GAD-7
 * (anxiety) with their published scoring and severity bands, and a lifestyle intake form (问诊表).
 * Item wording follows the Chinese versions of the PHQ screeners (Pfizer, free to use); items,
 * answers and panels carry their LOINC codes so FHIR documents from other systems map onto them.
 */
public final class StandardQuestionnaires {

  private StandardQuestionnaires() {}

  /** LOINC answer list LL358-3, the four frequency answers of the PHQ and GAD items. */
  private static List<AnswerOption> frequency() {
    return List.of(
        new AnswerOption("LA6568-5", "完全不会 (Not at all)", 0),
        new AnswerOption("LA6569-3", "好几天 (Several days)", 1),
        new AnswerOption("LA6570-1", "一半以上的天数 (More than half the days)", 2),
        new AnswerOption("LA6571-9", "几乎每天 (Nearly every day)", 3));
  }

  private static Question item(String loinc, String text) {
    return new Question(
        loinc, text, QuestionType.SINGLE_CHOICE, true, frequency(), null, null, null, loinc);
  }

  /**
   * PHQ-9 (患者健康问卷-9): nine items scored 0–3, total 0–27. Severity bands 0–4 minimal, 5–9 mild,
   * 10–14 moderate, 15–19 moderately severe, 20–27 severe: Kroenke K, Spitzer RL, Williams JBW,
   * "The PHQ-9: validity of a brief depression severity measure", J Gen Intern Med
   * 2001;16(9):606–613 (cut points 5, 10, 15 and 20). Item 9 above 0 is flagged whatever the total:
   * the PHQ-9 instructions ask for further assessment of any positive answer to it.
   */
  public static QuestionnaireDefinition phq9() {
    List<Question> questions =
        new ArrayList<>(
            List.of(
                item("44250-9", "做事时提不起劲或没有兴趣 (Little interest or pleasure in doing things)"),
                item("44255-8", "感到心情低落、沮丧或绝望 (Feeling down, depressed, or hopeless)"),
                item(
                    "44259-0",
                    "入睡困难、睡不安稳或睡眠过多 (Trouble falling or staying asleep, or sleeping too much)"),
                item("44254-1", "感觉疲倦或没有活力 (Feeling tired or having little energy)"),
                item("44251-7", "食欲不振或吃太多 (Poor appetite or overeating)"),
                item(
                    "44258-2",
                    "觉得自己很糟，或觉得自己很失败，或让自己或家人失望 (Feeling bad about yourself — or that"
                        + " you are a failure or have let yourself or your family down)"),
                item(
                    "44252-5",
                    "对事物专注有困难，例如阅读报纸或看电视时 (Trouble concentrating on things, such as"
                        + " reading the newspaper or watching television)"),
                item(
                    "44253-3",
                    "动作或说话速度缓慢到别人已经觉察，或正好相反，烦躁或坐立不安、动来动去的情况更胜于平常 (Moving or"
                        + " speaking so slowly that other people could have noticed; or the opposite —"
                        + " being so fidgety or restless that you have been moving around a lot more"
                        + " than usual)"),
                item(
                    "44260-8",
                    "有不如死掉或用某种方式伤害自己的念头 (Thoughts that you would be better off dead or of"
                        + " hurting yourself in some way)")));
    questions.add(
        new Question(
            "44261-6",
            "PHQ-9 总分（如文件所载；产品自行计算，只作比对） (Total score as stated)",
            QuestionType.NUMBER,
            false,
            List.of(),
            BigDecimal.ZERO,
            BigDecimal.valueOf(27),
            "{score}",
            "44261-6"));
    questions.add(
        new Question(
            "69722-7",
            "这些问题在您工作、处理家庭事务或与他人相处上造成了多大困难？ (How difficult have these problems"
                + " made it for you to do your work, take care of things at home, or get along with"
                + " other people?)",
            QuestionType.SINGLE_CHOICE,
            false,
            List.of(
                new AnswerOption("LA6572-7", "毫无困难 (Not difficult at all)", null),
                new AnswerOption("LA6573-5", "有点困难 (Somewhat difficult)", null),
                new AnswerOption("LA6575-0", "非常困难 (Very difficult)", null),
                new AnswerOption("LA6574-3", "极度困难 (Extremely difficult)", null)),
            null,
            null,
            null,
            "69722-7"));
    return new QuestionnaireDefinition(
        "phq-9",
        "PHQ-9 患者健康问卷（抑郁）",
        "Patient Health Questionnaire-9, depression severity over the last two weeks. Kroenke K,"
            + " Spitzer RL, Williams JBW. J Gen Intern Med 2001;16(9):606-613. Chinese version:"
            + " PHQ screeners (Pfizer).",
        questions,
        new Scoring(
            List.of(
                new ScoreBand(0, 4, "MINIMAL", "minimal or none", "无或极轻微"),
                new ScoreBand(5, 9, "MILD", "mild", "轻度"),
                new ScoreBand(10, 14, "MODERATE", "moderate", "中度"),
                new ScoreBand(15, 19, "MODERATELY_SEVERE", "moderately severe", "中重度"),
                new ScoreBand(20, 27, "SEVERE", "severe", "重度")),
            List.of(
                new ItemRule(
                    "44260-8",
                    1,
                    AnswerFlag.SELF_HARM_RISK,
                    "Any answer above 'not at all' to item 9 (thoughts of being better off dead or"
                        + " of self-harm) needs a clinician's assessment, whatever the total"
                        + " (Kroenke et al. 2001; PHQ instructions)")),
            "44261-6",
            "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity"
                + " measure. J Gen Intern Med 2001;16(9):606-613: scores of 5, 10, 15 and 20"
                + " represent mild, moderate, moderately severe and severe depression."),
        "http://loinc.org/q/44249-1",
        "44249-1");
  }

  /**
   * GAD-7 (广泛性焦虑量表): seven items scored 0–3, total 0–21. Severity bands 0–4 minimal, 5–9 mild,
   * 10–14 moderate, 15–21 severe: Spitzer RL, Kroenke K, Williams JBW, Löwe B, "A brief measure for
   * assessing generalized anxiety disorder: the GAD-7", Arch Intern Med 2006;166(10):1092–1097 (cut
   * points 5, 10 and 15).
   */
  public static QuestionnaireDefinition gad7() {
    List<Question> questions =
        new ArrayList<>(
            List.of(
                item("69725-0", "感觉紧张、焦虑或急切 (Feeling nervous, anxious, or on edge)"),
                item("68509-9", "不能够停止或控制担忧 (Not being able to stop or control worrying)"),
                item("69733-4", "对各种各样的事情担忧过多 (Worrying too much about different things)"),
                item("69734-2", "很难放松下来 (Trouble relaxing)"),
                item("69735-9", "由于不安而无法静坐 (Being so restless that it is hard to sit still)"),
                item("69689-8", "变得容易烦恼或急躁 (Becoming easily annoyed or irritable)"),
                item(
                    "69736-7",
                    "感到似乎将有可怕的事情发生而害怕 (Feeling afraid, as if something awful might happen)")));
    questions.add(
        new Question(
            "70274-6",
            "GAD-7 总分（如文件所载；产品自行计算，只作比对） (Total score as stated)",
            QuestionType.NUMBER,
            false,
            List.of(),
            BigDecimal.ZERO,
            BigDecimal.valueOf(21),
            "{score}",
            "70274-6"));
    return new QuestionnaireDefinition(
        "gad-7",
        "GAD-7 广泛性焦虑量表",
        "Generalized Anxiety Disorder 7-item scale, anxiety over the last two weeks. Spitzer RL,"
            + " Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166(10):1092-1097. Chinese"
            + " version: PHQ screeners (Pfizer).",
        questions,
        new Scoring(
            List.of(
                new ScoreBand(0, 4, "MINIMAL", "minimal", "无或极轻微"),
                new ScoreBand(5, 9, "MILD", "mild", "轻度"),
                new ScoreBand(10, 14, "MODERATE", "moderate", "中度"),
                new ScoreBand(15, 21, "SEVERE", "severe", "重度")),
            List.of(),
            "70274-6",
            "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized"
                + " anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097: scores of"
                + " 5, 10 and 15 represent mild, moderate and severe anxiety."),
        "http://loinc.org/q/69737-5",
        "69737-5");
  }

  /** The lifestyle intake form (问诊表): smoking, drinking, exercise, sleep, diet, family history. */
  public static QuestionnaireDefinition lifestyleIntake() {
    return new QuestionnaireDefinition(
        "lifestyle-intake",
        "生活方式问诊表 (Lifestyle intake)",
        "The lifestyle part of the health record, asked at enrolment and at review visits.",
        List.of(
            new Question(
                "smoking",
                "吸烟情况 (Smoking)",
                QuestionType.SINGLE_CHOICE,
                true,
                List.of(
                    new AnswerOption("NEVER", "从不吸烟 (Never)", null),
                    new AnswerOption("FORMER", "已戒烟 (Former)", null),
                    new AnswerOption("CURRENT", "目前吸烟 (Current)", null)),
                null,
                null,
                null,
                "72166-2"),
            new Question(
                "cigarettes-per-day",
                "每天吸烟支数 (Cigarettes per day)",
                QuestionType.NUMBER,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.valueOf(200),
                "/d",
                "64218-1"),
            new Question(
                "drinking",
                "饮酒情况 (Alcohol)",
                QuestionType.SINGLE_CHOICE,
                true,
                List.of(
                    new AnswerOption("NEVER", "从不饮酒 (Never)", null),
                    new AnswerOption("FORMER", "已戒酒 (Former)", null),
                    new AnswerOption("OCCASIONAL", "偶尔饮酒 (Occasionally)", null),
                    new AnswerOption("REGULAR", "经常饮酒 (Regularly)", null),
                    new AnswerOption("HEAVY", "大量饮酒 (Heavily)", null)),
                null,
                null,
                null,
                null),
            new Question(
                "exercise-minutes-per-week",
                "每周中等强度运动时间（分钟） (Moderate exercise, minutes per week)",
                QuestionType.NUMBER,
                true,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.valueOf(10080),
                "min/wk",
                "68516-4"),
            new Question(
                "sleep-hours",
                "平均每晚睡眠时间（小时） (Sleep, hours per night)",
                QuestionType.NUMBER,
                true,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.valueOf(24),
                "h",
                "93832-4"),
            new Question(
                "diet",
                "饮食习惯（可多选） (Diet, all that apply)",
                QuestionType.MULTIPLE_CHOICE,
                false,
                List.of(
                    new AnswerOption("HIGH_SALT", "口味偏咸 (Salty food)", null),
                    new AnswerOption("HIGH_FAT", "油腻食物多 (Fatty food)", null),
                    new AnswerOption("HIGH_SUGAR", "甜食或含糖饮料多 (Sweets or sugary drinks)", null),
                    new AnswerOption("FEW_VEGETABLES", "蔬菜水果少 (Few vegetables or fruit)", null),
                    new AnswerOption("IRREGULAR_MEALS", "三餐不规律 (Irregular meals)", null),
                    new AnswerOption("BALANCED", "饮食均衡 (Balanced)", null)),
                null,
                null,
                null,
                null),
            new Question(
                "family-history",
                "直系亲属患病史（可多选） (Illness in parents, siblings or children, all that apply)",
                QuestionType.MULTIPLE_CHOICE,
                false,
                List.of(
                    new AnswerOption("HYPERTENSION", "高血压 (Hypertension)", null),
                    new AnswerOption("DIABETES", "糖尿病 (Diabetes)", null),
                    new AnswerOption("CORONARY_DISEASE", "冠心病 (Coronary heart disease)", null),
                    new AnswerOption("STROKE", "脑卒中 (Stroke)", null),
                    new AnswerOption("CANCER", "恶性肿瘤 (Cancer)", null),
                    new AnswerOption("NONE", "无 (None)", null)),
                null,
                null,
                null,
                null)),
        null,
        null,
        null);
  }

  /** Every standard questionnaire. */
  public static List<QuestionnaireDefinition> all() {
    return List.of(phq9(), gad7(), lifestyleIntake());
  }
}
