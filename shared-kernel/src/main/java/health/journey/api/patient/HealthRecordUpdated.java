package health.journey.api.patient;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Parts of a patient's health record were updated; parts that are null were left as they were. */
@Revision("1")
public record HealthRecordUpdated(
    PatientId patientId,
    PersonalData address,
    List<String> medicalHistory,
    List<String> familyHistory,
    List<String> allergies,
    List<String> medications,
    Lifestyle lifestyle,
    BodyMeasurements measurements,
    PersonalData notes,
    Instant occurredAt)
    implements PatientEvent {}
