package health.journey.api.tagging;

import java.util.List;
import java.util.Map;

/** Tags by patient id, each list in the order the tags were applied. */
public record PatientTags(Map<String, List<TagView>> byPatient) {}
