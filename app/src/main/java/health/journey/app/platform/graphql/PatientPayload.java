package health.journey.app.platform.graphql;

/**
 * What a patient mutation answers: the patient's id, the client's request id, whether the read
 * models show the change, and whether an import found the patient's card already opened (nothing
 * was changed).
 */
public record PatientPayload(
    String patientId, String clientRequestId, boolean projected, boolean alreadyExisted) {

  /** The answer to an import whose patient already had a card. */
  public PatientPayload existing() {
    return new PatientPayload(patientId, clientRequestId, projected, true);
  }
}
