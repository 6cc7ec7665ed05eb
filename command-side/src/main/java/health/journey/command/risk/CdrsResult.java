package health.journey.command.risk;

import java.util.List;

/**
 * The outcome of the Chinese Diabetes Risk Score.
 *
 * @param model the model's name
 * @param version the model's version
 * @param points the total score (0 to 51), or null when no score could be computed
 * @param band {@link RiskBand#HIGH} at 25 points or more, {@link RiskBand#BELOW_THRESHOLD} below,
 *     or null without a score
 * @param missingInputs the names of the required inputs that were absent
 * @param noScoreReason why no score was computed, or null when it was
 * @param bandExplanation the cut-off and its source
 */
public record CdrsResult(
    String model,
    String version,
    Integer points,
    RiskBand band,
    List<String> missingInputs,
    String noScoreReason,
    String bandExplanation) {

  public CdrsResult {
    missingInputs = List.copyOf(missingInputs);
  }

  /** Whether a score was computed. */
  public boolean scored() {
    return points != null;
  }
}
