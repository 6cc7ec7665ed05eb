package health.journey.api.patient;

/** A request names a patient the system does not know. */
public class UnknownPatient extends RuntimeException {

  private final PatientId patientId;

  public UnknownPatient(PatientId patientId) {
    super("No patient with id " + patientId, null, false, false);
    this.patientId = patientId;
  }

  public PatientId patientId() {
    return patientId;
  }
}
