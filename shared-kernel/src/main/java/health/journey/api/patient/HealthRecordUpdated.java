package health.journey.api.patient;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Parts of a patient's health record were updated; parts that are null were left as they were.
 * Every part is sealed with the patient's key (revision 1 held the health facts in the clear;
 * {@link PatientUpcasters} reads it).
 */
@Revision("2")
public record HealthRecordUpdated(
    PatientId patientId,
    PersonalData address,
    Sealed<List<String>> medicalHistory,
    Sealed<List<String>> familyHistory,
    Sealed<List<String>> allergies,
    Sealed<List<String>> medications,
    Sealed<Lifestyle> lifestyle,
    Sealed<BodyMeasurements> measurements,
    PersonalData notes,
    Instant occurredAt)
    implements PatientEvent {}
