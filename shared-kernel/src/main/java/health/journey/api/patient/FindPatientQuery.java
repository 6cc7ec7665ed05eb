package health.journey.api.patient;

/** One patient by id; answered with an {@code Optional<PatientView>}. */
public record FindPatientQuery(PatientId patientId) {}
