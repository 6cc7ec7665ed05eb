package health.journey.api.patient;

import health.journey.api.PatientId;
import java.util.List;

/** The health records of several patients at once; answered with {@link HealthRecords}. */
public record FindHealthRecordsQuery(List<PatientId> patientIds) {}
