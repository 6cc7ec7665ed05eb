package health.journey.api.audit;

import health.journey.api.PatientId;

/**
 * Every event of a patient, read from the event store itself; answered with an {@link AuditTrail}.
 */
public record FindAuditTrailQuery(PatientId patientId) {}
