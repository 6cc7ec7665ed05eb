package health.journey.query.common;

import health.journey.api.PatientEvent;

/**
 * Tells the events of one feature as timeline entries. Each feature narrates its own events (a
 * Spring bean per feature); the timeline projection asks the narrator of each event's type.
 */
public interface Narrator {

  /** The narration of {@code event}, or null when the event is not one of this feature's. */
  Narration narrate(PatientEvent event);
}
