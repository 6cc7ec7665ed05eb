package health.journey.command.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the words around a matched claim take it back, so that health education which
 * names a claim in order to deny or warn about it is not refused.
 *
 * <p>The trade-off: a claim is let through when, within its own clause,
 *
 * <ul>
 *   <li>a negation or a distancing word stands right before it, with at most three modal words
 *       between ("不能保证治愈", "高血压无法根治", "警惕宣称包治百病的广告", "若无不良反应");
 *   <li>it is asked about, not asserted: the clause holds a word of possibility or inquiry
 *       (能、可以、是否、如何……) and ends in a question ("糖尿病能根治吗？");
 *   <li>or the words after it, in its clause or the next, call it false ("保证治愈的说法是骗人的",
 *       "包治百病？不可能！").
 * </ul>
 *
 * A double negation ("没有不能根治的病", "谁说糖尿病不能根治") asserts the claim and is refused. Only the nearest
 * words count and punctuation ends a clause, so a denial elsewhere in the text ("不，保证治愈") does not
 * excuse a claim. What this cannot see: a negation further away than three modal words, or irony.
 */
final class ClaimContext {

  private static final String NEGATIONS =
      "不|没|没有|无|无法|未|未必|并非|并不|绝非|非|别|勿|莫|切勿|不要|不能|不会|不可|不可能|不一定|不得"
          + "|禁止|严禁|杜绝|拒绝|反对|难以|很难|难|不易|尚无|尚未|还没有|还不能|从未|并没有";

  /** Words that report or warn about a claim rather than make it. */
  private static final String DISTANCING =
      "谨防|警惕|提防|小心|当心|防止|避免|识破|揭穿|远离|抵制|举报|所谓|宣称|声称|号称|自称|鼓吹|吹嘘|标榜|谎称|虚称|打着|冒充";

  /** Words that make it a condition, not a statement: 如无不良反应，可继续服用. */
  private static final String CONDITIONS = "如果|如|若|假如|倘若|要是|一旦|即使|即便|是否|能否|可否|有没有|有无";

  private static final String MODALS =
      "能|能够|会|可|可以|可能|一定|就|再|被|是|的|要|得|都|也|还|真|真的|真正|完全|彻底|百分百|绝对|保证|确保"
          + "|敢说|敢保证|敢承诺|敢|有|实现|做到|达到|轻易|随便|盲目|轻信|相信|信|听信|迷信|那些|这种|这类|此类|任何"
          + "|什么|所谓的|出现|含有|使用|包含|宣传|承诺|夸大|做出|作出|带有|一种|被说成|存在|提供|给出";

  private static final Pattern TAKEN_BACK_BEFORE =
      Pattern.compile(
          "(?:" + NEGATIONS + "|" + DISTANCING + "|" + CONDITIONS + ")(?:" + MODALS + "){0,3}$");

  /** A negation right before the negation: two negatives make the claim. */
  private static final Pattern DOUBLE_NEGATION =
      Pattern.compile("(?:不|没|没有|无|非|并非|不是|哪里)(?:什么|啥|任何|一种)?$");

  private static final Pattern RHETORICAL = Pattern.compile("谁说|谁讲|谁说过|哪个说");

  private static final Pattern INQUIRY =
      Pattern.compile("能|可以|可否|会|是否|有没有|有无|怎么|怎样|如何|为什么|为何|真的|哪里|哪家|什么|多久|多少");

  private static final Pattern QUESTION_PARTICLE = Pattern.compile("^(?:的|了)?(?:吗|么|嘛)");

  private static final Pattern REFUTED_AFTER =
      Pattern.compile(
          "^(?:的|之|类|这种|这类|那种|此类)?"
              + "(?:说法|宣传|广告|承诺|言论|话|药|药物|药品|产品|疗法|东西|神话|噱头|口号|字眼|用语)?"
              + "(?:都|全|全都|纯属|均|就|往往|多半|大多|基本|根本|完全|通通|一律|统统)?"
              + "(?:是|为|属于|系|属)?"
              + "(?:不存在|不可能|假的|骗人|骗局|谎言|虚假|不可信|不靠谱|不科学|伪科学|违法|违规|忽悠|智商税|夸大|夸张"
              + "|误导|不实|谣言|陷阱|套路|不可取|站不住脚)"
              + "(?:的|了|啊|吧|呀|哦|呢|哈|宣传|广告|说法|行为|内容)*");

  /** How far back a negation is looked for; the modal words allowed between are short. */
  private static final int LOOK_BACK = 24;

  private ClaimContext() {}

  /** Whether the claim at normalised {@code [start, end)} is denied, asked about or refuted. */
  static boolean takesBack(NormalisedText text, int start, int end) {
    return isNegatedBefore(text, start)
        || isAskedAbout(text, start, end)
        || isRefutedAfter(text, end);
  }

  private static boolean isNegatedBefore(NormalisedText text, int start) {
    if (start == 0) {
      return false;
    }
    int clauseStart = text.clauseStart(start);
    String prefix = text.text().substring(Math.max(clauseStart, start - LOOK_BACK), start);
    Matcher m = TAKEN_BACK_BEFORE.matcher(prefix);
    if (!m.find()) {
      return false;
    }
    String beforeNegation = prefix.substring(0, m.start());
    boolean doubled = DOUBLE_NEGATION.matcher(beforeNegation).find();
    boolean rhetorical = RHETORICAL.matcher(text.text().substring(clauseStart, start)).find();
    return !doubled && !rhetorical;
  }

  private static boolean isAskedAbout(NormalisedText text, int start, int end) {
    String prefix = text.text().substring(text.clauseStart(start), start);
    if (!INQUIRY.matcher(prefix).find()) {
      return false;
    }
    if (text.isQuestion(start)) {
      return true;
    }
    int clauseEnd = text.clauseEnd(end - 1);
    return QUESTION_PARTICLE.matcher(text.text().substring(end, clauseEnd)).find();
  }

  private static boolean isRefutedAfter(NormalisedText text, int end) {
    if (end >= text.length()) {
      return false;
    }
    int clauseEnd = text.clauseEnd(end - 1);
    int nextClauseEnd = clauseEnd < text.length() ? text.clauseEnd(clauseEnd) : clauseEnd;
    Matcher m = REFUTED_AFTER.matcher(text.text().substring(end, nextClauseEnd));
    // The refutation must close its clause: "保证治愈，不存在风险" goes on to make another claim.
    return m.find() && text.endsClause(end + m.end());
  }
}
