package health.journey.api.patient;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Link an identifier another system uses for the patient (its record number, or its literal
 * reference to its patient record) so that the documents it sends find the patient. An identifier
 * names one patient.
 */
public record LinkPatientIdentifier(
    @TargetAggregateIdentifier PatientId patientId,
    String system,
    String value,
    Instant occurredAt) {

  public LinkPatientIdentifier {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    system = PatientIdentifiers.requireLinkableSystem(system);
    value = PatientIdentifiers.requireLinkableValue(value);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
