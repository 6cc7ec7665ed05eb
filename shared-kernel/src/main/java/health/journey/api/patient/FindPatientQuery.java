package health.journey.api.patient;

import health.journey.api.PatientId;

/** One patient by id; answered with an {@code Optional<PatientView>}. */
public record FindPatientQuery(PatientId patientId) {}
