package health.journey.api.consent;

import java.util.List;
import java.util.Map;

/** Consents by patient id: one entry per purpose that was ever given. */
public record PatientConsents(Map<String, List<ConsentView>> byPatient) {}
