package health.journey.api.questionnaire;

import health.journey.api.InvalidInput;
import java.util.List;

/**
 * How a questionnaire is scored: the sum of the points of its scored questions, the bands of totals
 * with their labels, rules on single items, the item where a document states its own total (never
 * trusted: compared), and the publication the bands come from.
 *
 * @param bands the bands of totals, covering every possible total
 * @param itemRules rules on single items
 * @param statedTotalLinkId the question where a document may state a total, if any
 * @param source the publication of the scoring and its bands
 */
public record Scoring(
    List<ScoreBand> bands, List<ItemRule> itemRules, String statedTotalLinkId, String source) {

  public Scoring {
    bands = bands == null ? List.of() : List.copyOf(bands);
    itemRules = itemRules == null ? List.of() : List.copyOf(itemRules);
    source = source == null ? null : InvalidInput.requireText(source, "scoring.source", 1000);
    for (int i = 1; i < bands.size(); i++) {
      InvalidInput.require(
          bands.get(i).from() == bands.get(i - 1).to() + 1,
          "scoring.bands",
          "the bands must follow each other without gap or overlap");
    }
  }
}
