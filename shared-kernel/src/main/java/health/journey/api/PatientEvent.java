package health.journey.api;

/**
 * An event in a patient's journey: it names the patient it belongs to. Everything that happens to
 * or about a patient is one of these, in the patient's own stream.
 */
public interface PatientEvent extends JourneyEvent {

  PatientId patientId();
}
