package health.journey.api.patient;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Update a patient's health record (健康档案). Each part given replaces that part; parts left out stay
 * as they are. A list given as empty clears it.
 */
public record UpdateHealthRecord(
    @TargetAggregateIdentifier PatientId patientId,
    PersonalData address,
    List<String> medicalHistory,
    List<String> familyHistory,
    List<String> allergies,
    List<String> medications,
    Lifestyle lifestyle,
    BodyMeasurements measurements,
    PersonalData notes,
    Instant occurredAt) {

  public UpdateHealthRecord {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    PersonalDataChecks.check(address, patientId, PersonalDataKind.ADDRESS, "address");
    PersonalDataChecks.check(notes, patientId, PersonalDataKind.FREE_TEXT, "notes");
    medicalHistory = HealthTerms.validated(medicalHistory, "medicalHistory");
    familyHistory = HealthTerms.validated(familyHistory, "familyHistory");
    allergies = HealthTerms.validated(allergies, "allergies");
    medications = HealthTerms.validated(medications, "medications");
    InvalidInput.require(
        address != null
            || medicalHistory != null
            || familyHistory != null
            || allergies != null
            || medications != null
            || lifestyle != null
            || measurements != null
            || notes != null,
        "input",
        "nothing to update: give at least one part of the health record");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
