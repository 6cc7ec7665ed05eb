package health.journey.api.questionnaire;

import health.journey.api.InvalidInput;

/**
 * A band of total scores with its label, e.g. PHQ-9 10–14 "moderate" (中度).
 *
 * @param from the lowest total in the band
 * @param to the highest total in the band
 * @param code a stable code for the band (e.g. MODERATE), for rules to read
 * @param label the band in English
 * @param labelZh the band in Chinese
 */
public record ScoreBand(int from, int to, String code, String label, String labelZh) {

  public ScoreBand {
    InvalidInput.require(from <= to, "band.from", "a band's lowest total is above its highest");
    code = InvalidInput.requireName(code, "band.code", 32);
    label = InvalidInput.requireText(label, "band.label", 100);
    labelZh = labelZh == null ? null : InvalidInput.requireText(labelZh, "band.labelZh", 100);
  }

  public boolean contains(int total) {
    return total >= from && total <= to;
  }
}
