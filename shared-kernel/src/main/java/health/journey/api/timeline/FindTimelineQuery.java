package health.journey.api.timeline;

import health.journey.api.PatientId;

/**
 * A page of a patient's journey in order, after the entry with sequence {@code afterSequence} (null
 * for the start); answered with a {@link TimelinePage}.
 */
public record FindTimelineQuery(PatientId patientId, int limit, Long afterSequence) {}
