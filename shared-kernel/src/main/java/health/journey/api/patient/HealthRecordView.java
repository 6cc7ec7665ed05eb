package health.journey.api.patient;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import java.time.Instant;
import java.util.List;

/** A patient's health record as it stands. */
public record HealthRecordView(
    PatientId patientId,
    PersonalData address,
    List<String> medicalHistory,
    List<String> familyHistory,
    List<String> allergies,
    List<String> medications,
    Lifestyle lifestyle,
    BodyMeasurements measurements,
    PersonalData notes,
    Instant updatedAt) {}
