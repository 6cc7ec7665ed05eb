package health.journey.api.tagging;

import health.journey.api.PatientId;
import java.util.List;

/** The tags of several patients at once; answered with {@link PatientTags}. */
public record FindTagsQuery(List<PatientId> patientIds) {}
