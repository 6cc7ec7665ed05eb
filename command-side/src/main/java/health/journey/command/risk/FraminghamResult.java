package health.journey.command.risk;

import java.util.List;

/**
 * The outcome of the Framingham general cardiovascular disease function.
 *
 * @param model the model's name
 * @param version the model's version
 * @param tenYearRisk the 10-year risk of a first CVD event as a probability rounded to four
 *     decimals, or null when no score could be computed
 * @param band the band of {@code tenYearRisk}, or null without a score
 * @param points the total of the published points system (Tables 5 and 7), or null without a score
 * @param heartAge the heart (vascular) age read from the published table for {@code points} (Tables
 *     9 and 10), such as "73", "&lt;30" or "&gt;80", or null without a score
 * @param missingInputs the names of the required inputs that were absent
 * @param noScoreReason why no score was computed, or null when it was
 * @param bandExplanation the band cut-offs and their source
 */
public record FraminghamResult(
    String model,
    String version,
    Double tenYearRisk,
    RiskBand band,
    Integer points,
    String heartAge,
    List<String> missingInputs,
    String noScoreReason,
    String bandExplanation) {

  public FraminghamResult {
    missingInputs = List.copyOf(missingInputs);
  }

  /** Whether a score was computed. */
  public boolean scored() {
    return tenYearRisk != null;
  }
}
