package health.journey.api.patient;

/**
 * The patient an identifier names here, as documents from other systems give it (our patient id, a
 * card number, a linked identifier, or the source id a patient was imported under). Answered from
 * what the command side has committed, never from a read model that may lag; answered with {@link
 * Match}.
 */
public record FindPatientByIdentifierQuery(String system, String value) {

  /** The patient found: their id, or null when the identifier names nobody here. */
  public record Match(String patientId) {}
}
