package health.journey.api.consent;

import health.journey.api.PatientId;
import java.util.List;

/** The consents of several patients at once; answered with {@link PatientConsents}. */
public record FindConsentsQuery(List<PatientId> patientIds) {}
