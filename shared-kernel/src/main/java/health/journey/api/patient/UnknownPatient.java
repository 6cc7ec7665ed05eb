package health.journey.api.patient;

import health.journey.api.NotFound;
import health.journey.api.PatientId;

/** A request names a patient the system does not know. */
public class UnknownPatient extends NotFound {

  private final String patientId;

  public UnknownPatient(PatientId patientId) {
    this(patientId.toString());
  }

  public UnknownPatient(String patientId) {
    super("PATIENT_NOT_FOUND", "No patient with id " + patientId);
    this.patientId = patientId;
  }

  public String patientId() {
    return patientId;
  }
}
