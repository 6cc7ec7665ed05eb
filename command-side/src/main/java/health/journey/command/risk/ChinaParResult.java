package health.journey.command.risk;

import java.util.List;

/**
 * The outcome of a China-PAR assessment.
 *
 * @param model the model's name
 * @param version the model's version
 * @param tenYearRisk the 10-year ASCVD risk as a probability, or null when no score was computed
 * @param band the band of {@code tenYearRisk}, or null without a score
 * @param missingInputs the names of the required inputs that were absent
 * @param noScoreReason why no score was computed, or null when it was
 * @param bandExplanation the band cut-offs and their source
 */
public record ChinaParResult(
    String model,
    String version,
    Double tenYearRisk,
    RiskBand band,
    List<String> missingInputs,
    String noScoreReason,
    String bandExplanation) {

  public ChinaParResult {
    missingInputs = List.copyOf(missingInputs);
  }

  /** Whether a score was computed. */
  public boolean scored() {
    return tenYearRisk != null;
  }
}
