package health.journey.command.patient;

import health.journey.api.PatientId;

/**
 * The rule "another system's identifier names one patient" needs every linked identifier, which no
 * single patient aggregate knows. Links are made in the command's transaction.
 */
public interface PatientIdentifierRegistry {

  /** Links the identifier to the patient; fails when it names another patient. */
  void claim(String system, String value, PatientId patientId);
}
