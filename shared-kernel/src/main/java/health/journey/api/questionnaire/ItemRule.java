package health.journey.api.questionnaire;

import health.journey.api.InvalidInput;

/**
 * A rule on one item, whatever the total: when the item scores at least {@code minPoints}, the
 * answer raises {@code flag} (e.g. PHQ-9 item 9 above 0 raises SELF_HARM_RISK).
 *
 * @param linkId the item
 * @param minPoints the points from which the rule applies
 * @param flag what the answer then raises
 * @param description why, in words, with its source
 */
public record ItemRule(String linkId, int minPoints, AnswerFlag flag, String description) {

  public ItemRule {
    linkId = InvalidInput.requireName(linkId, "itemRule.linkId", 64);
    InvalidInput.require(flag != null, "itemRule.flag", "an item rule needs a flag");
    description = InvalidInput.requireText(description, "itemRule.description", 500);
  }
}
