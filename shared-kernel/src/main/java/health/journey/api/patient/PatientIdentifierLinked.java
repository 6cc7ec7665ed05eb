package health.journey.api.patient;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Another system's identifier for the patient was linked: documents naming it find the patient.
 * Like the card number it is an administrative key, kept in the clear.
 */
@Revision("1")
public record PatientIdentifierLinked(
    PatientId patientId, String system, String value, Instant occurredAt) implements PatientEvent {}
