package health.journey.query.advice;

import health.journey.api.PatientEvent;
import health.journey.api.advice.AdviceGiven;
import health.journey.api.advice.AdviceWithdrawn;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import org.springframework.stereotype.Component;

/** Tells advice given and withdrawn in the timeline. */
@Component
class AdviceNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof AdviceGiven e) {
      return new Narration(
          "ADVICE_GIVEN",
          "Advice "
              + e.itemCode()
              + " (version "
              + e.itemVersion()
              + ") given"
              + (e.forTag() == null ? "" : " for tag '" + e.forTag() + "'"));
    }
    if (event instanceof AdviceWithdrawn e) {
      return new Narration(
          "ADVICE_WITHDRAWN", "Advice " + e.itemCode() + " withdrawn", null, e.reason());
    }
    return null;
  }
}
