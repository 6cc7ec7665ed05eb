package health.journey.api.patient;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import java.util.List;

/**
 * A patient's health record as it stands; every part sealed until a role that may read it opens it.
 */
public record HealthRecordView(
    PatientId patientId,
    PersonalData address,
    Sealed<List<String>> medicalHistory,
    Sealed<List<String>> familyHistory,
    Sealed<List<String>> allergies,
    Sealed<List<String>> medications,
    Sealed<Lifestyle> lifestyle,
    Sealed<BodyMeasurements> measurements,
    PersonalData notes,
    Instant updatedAt) {}
