package health.journey.query.consent;

import static health.journey.query.common.Narration.words;

import health.journey.api.PatientEvent;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentWithdrawn;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import org.springframework.stereotype.Component;

/** Tells consent events in the timeline. */
@Component
class ConsentNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof ConsentGiven e) {
      return new Narration(
          "CONSENT_GIVEN",
          "Consent given for "
              + words(e.purpose())
              + " (wording "
              + e.wordingVersion()
              + ") via "
              + words(e.channel()));
    }
    if (event instanceof ConsentWithdrawn e) {
      return new Narration(
          "CONSENT_WITHDRAWN",
          "Consent withdrawn for " + words(e.purpose()) + " via " + words(e.channel()),
          null,
          e.reason());
    }
    return null;
  }
}
