package health.journey.command.content;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import health.journey.api.BusinessRuleViolation;
import health.journey.api.content.ContentRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy "health content carries no absolute or guaranteed-cure claims" (健康内容不得含有绝对化或保证治愈的表述):
 * every advice text and outgoing message is checked against it before it is stored or sent, and
 * refused when it promises a cure, asserts efficacy or safety, states cure rates, uses
 * endorsements, sells a miracle remedy, uses superlatives, compares with other treatments or makes
 * a non-medical product treat disease (广告法 第九条、第十六条、第十七条、第十八条、第二十八条, 医疗广告管理办法 第七条).
 *
 * <p>It matches the intent, not the spelling: the text is normalised first (see {@link
 * NormalisedText}: full-width, Traditional, spaced-out, symbol- or emoji-split,
 * invisible-character, mixed-case and look-alike spellings all read the same), and the dictionary
 * holds patterns as well as phrases ("N天见效" for any number in any numerals). Words around a claim
 * that deny, warn about or ask about it let it through (see {@link ClaimContext}); a dictionary's
 * allowed phrases do too.
 *
 * <p>Instances are immutable and safe to share between threads. Building the first one loads ICU's
 * transliteration data and compiles the dictionary, about a second; build it once and keep it.
 */
public final class ForbiddenClaims {

  /** The policy's name. */
  public static final String NAME = "health content carries no absolute or guaranteed-cure claims";

  /** The policy's name in Chinese. */
  public static final String NAME_ZH = "健康内容不得含有绝对化或保证治愈的表述";

  /** The code of the {@link BusinessRuleViolation} that {@link #check} throws. */
  public static final ContentRule VIOLATION_CODE = ContentRule.FORBIDDEN_HEALTH_CLAIM;

  private static final int MAX_LISTED = 5;
  private static final int MAX_EXCERPT = 30;

  private final List<Rule> rules;
  private final List<Rule> allowed;

  /** The policy with the shipped dictionary. */
  public ForbiddenClaims() {
    this(ClaimDictionary.defaults());
  }

  /** The policy with {@code dictionary}; see {@link ClaimDictionary} for adding to the defaults. */
  public ForbiddenClaims(ClaimDictionary dictionary) {
    this.rules = dictionary.entries().stream().map(Rule::of).toList();
    ClaimDictionary.Category none = new ClaimDictionary.Category("allow", "", "", "", "");
    this.allowed = dictionary.allowed().stream().map(p -> Rule.phrase(none, p)).toList();
  }

  /** The forbidden claims in {@code text}, in the order they appear; empty when it may be used. */
  public List<Finding> findings(String text) {
    Objects.requireNonNull(text, "text");
    NormalisedText normal = NormalisedText.of(text);
    if (normal.length() == 0) {
      return List.of();
    }
    List<int[]> allowedSpans = new ArrayList<>();
    allowed.forEach(rule -> allowedSpans.addAll(rule.find(normal)));
    List<Candidate> candidates = new ArrayList<>();
    for (Rule rule : rules) {
      for (int[] span : rule.find(normal)) {
        if (!isInside(span, allowedSpans) && !ClaimContext.takesBack(normal, span[0], span[1])) {
          candidates.add(new Candidate(rule, span[0], span[1]));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : candidates) {
      // One claim is reported once: "3天根治" is not also reported as "根治".
      if (kept.stream().noneMatch(k -> k.covers(candidate))) {
        kept.add(candidate);
      }
    }
    return kept.stream()
        .map(
            c ->
                new Finding(
                    c.rule().category(),
                    c.rule().form(),
                    normal.originalStart(c.start()),
                    normal.originalEnd(c.end())))
        .toList();
  }

  /** Whether {@code text} carries no forbidden claim. */
  public boolean allows(String text) {
    return findings(text).isEmpty();
  }

  /**
   * Why {@code text} is refused, in Chinese and then English, for the person who wrote it: which
   * claims, where, and under which rule; empty when it may be used. It quotes no more of the text
   * than the claims themselves.
   */
  public Optional<String> refusalReason(String text) {
    List<Finding> findings = findings(text);
    if (findings.isEmpty()) {
      return Optional.empty();
    }
    List<Finding> listed = findings.subList(0, Math.min(MAX_LISTED, findings.size()));
    int more = findings.size() - listed.size();
    StringBuilder zh = new StringBuilder("内容含有健康内容不得使用的表述（").append(NAME_ZH).append("）：");
    StringBuilder en =
        new StringBuilder("The text makes claims that health content must not make (")
            .append(NAME)
            .append("): ");
    for (int i = 0; i < listed.size(); i++) {
      Finding f = listed.get(i);
      int first = text.codePointCount(0, f.start()) + 1;
      int last = text.codePointCount(0, f.end());
      String excerpt = excerpt(f.excerptOf(text));
      ClaimDictionary.Category c = f.category();
      zh.append(i == 0 ? "" : "；")
          .append(first == last ? "第" + first + "字" : "第" + first + "–" + last + "字")
          .append("「")
          .append(excerpt)
          .append("」属于“")
          .append(c.nameZh())
          .append("”，依据")
          .append(c.basisZh());
      en.append(i == 0 ? "" : "; ")
          .append(first == last ? "character " + first : "characters " + first + "–" + last)
          .append(" \"")
          .append(excerpt)
          .append("\": ")
          .append(c.nameEn())
          .append(" (")
          .append(c.basisEn())
          .append(")");
    }
    if (more > 0) {
      zh.append("；另有").append(more).append("处");
      en.append("; and ").append(more).append(" more");
    }
    zh.append("。请删除或改写后再提交。");
    en.append(". Remove or rephrase them and submit again.");
    return Optional.of(zh + "\n" + en);
  }

  /**
   * Refuses {@code text} when it carries a forbidden claim.
   *
   * @throws BusinessRuleViolation with code {@link #VIOLATION_CODE} and the {@link #refusalReason}
   *     as message
   */
  public void check(String text) {
    Optional<String> reason = refusalReason(text);
    if (reason.isPresent()) {
      throw new BusinessRuleViolation(VIOLATION_CODE, reason.get());
    }
  }

  private static boolean isInside(int[] span, List<int[]> spans) {
    for (int[] outer : spans) {
      if (outer[0] <= span[0] && span[1] <= outer[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim as shown back: invisible and control characters removed, white space collapsed, and
   * cut short when someone padded it out. Never more than the claim's own span.
   */
  private static String excerpt(String span) {
    StringBuilder out = new StringBuilder();
    int kept = 0;
    boolean space = false;
    for (int i = 0; i < span.length(); ) {
      int c = span.codePointAt(i);
      i += Character.charCount(c);
      if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
          || Character.getType(c) == Character.CONTROL
          || Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (UCharacter.isUWhiteSpace(c)) {
        space = true;
        continue;
      }
      if (kept == MAX_EXCERPT) {
        out.append('…');
        break;
      }
      if (space && kept > 0) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(c);
      kept++;
    }
    return out.toString();
  }

  /** A match that survived its context, in normalised indices. */
  private record Candidate(Rule rule, int start, int end) {
    int length() {
      return end - start;
    }

    /**
     * Whether this match already reports {@code other}: it holds it. Of two rules matching the same
     * span, the one declared first in the dictionary reports it.
     */
    boolean covers(Candidate other) {
      return start <= other.start && other.end <= end;
    }
  }
}
