package health.journey.api.risk;

import health.journey.api.rules.RuleFact;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a risk model (疾病风险评估) gave for a patient: its score, the band it falls in with the band's
 * source, every input it used with its source and time, and the inputs that were missing (a score
 * is never computed from a guessed input: with one missing, there is no score and it says why).
 *
 * @param score the score (points, or a 10-year risk as a probability), null when not computed
 * @param scoreUnit what the score counts: "points" or "10-year risk"
 * @param band the band of the score, null without a score
 * @param inputs the inputs used, each with its value, unit, time and source event
 * @param missingInputs the inputs the model needs and the record does not have
 * @param noScoreReason why there is no score, null when there is one
 * @param bandExplanation the band's cut-offs and their source
 */
public record RiskAssessment(
    BigDecimal score,
    String scoreUnit,
    String band,
    List<RuleFact> inputs,
    List<String> missingInputs,
    String noScoreReason,
    String bandExplanation) {}
