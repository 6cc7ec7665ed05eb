package health.journey.query.tagging;

import health.journey.api.PatientEvent;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import org.springframework.stereotype.Component;

/** Tells tag events in the timeline. */
@Component
class TaggingNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof TagApplied e) {
      return new Narration("TAG_APPLIED", "Tagged '" + e.tag() + "'", null, e.reason());
    }
    if (event instanceof TagRemoved e) {
      return new Narration("TAG_REMOVED", "Tag '" + e.tag() + "' removed", null, e.reason());
    }
    return null;
  }
}
