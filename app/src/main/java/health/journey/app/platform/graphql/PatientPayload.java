package health.journey.app.platform.graphql;

/**
 * What a patient mutation answers: the patient's id, the client's request id, and whether the read
 * model shows it.
 */
public record PatientPayload(String patientId, String clientRequestId, boolean projected) {}
