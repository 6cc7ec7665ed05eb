package health.journey.query.risk;

import health.journey.api.PatientEvent;
import health.journey.api.risk.RiskAssessed;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import org.springframework.stereotype.Component;

/** Tells risk assessments in the timeline; the band is a clinical detail. */
@Component
class RiskNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof RiskAssessed e) {
      return new Narration(
          "RISK_ASSESSED",
          "Risk assessed by model:" + e.modelVersion(),
          e.band() == null ? "no score: an input is missing" : "band " + e.band(),
          null);
    }
    return null;
  }
}
