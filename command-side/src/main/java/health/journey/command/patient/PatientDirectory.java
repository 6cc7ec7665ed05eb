package health.journey.command.patient;

import health.journey.api.PatientId;
import java.util.Optional;

/**
 * Finds the patient an identifier names, as documents from other systems give it: this system's
 * patient id, a card number, an identifier linked to the patient, or the source id a patient was
 * imported under. Reads what the command side has committed, never a read model that may lag.
 */
public interface PatientDirectory {

  /** The patient {@code system}/{@code value} names here, if any. */
  Optional<PatientId> find(String system, String value);
}
