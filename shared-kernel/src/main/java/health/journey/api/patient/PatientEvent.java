package health.journey.api.patient;

import java.time.Instant;

/** An event in a patient's journey: it names the patient and the business time it refers to. */
public interface PatientEvent {

  PatientId patientId();

  /** When it happened in the world (which may be before it was recorded). */
  Instant occurredAt();
}
