package health.journey.api.patient;

import java.util.Map;

/** Health records by patient id; a patient without a record is absent. */
public record HealthRecords(Map<String, HealthRecordView> byPatient) {}
