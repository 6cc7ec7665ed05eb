package health.journey.api.report;

import health.journey.api.PatientId;
import java.util.List;

/** The reports of several patients, newest first; answered with {@link PatientReports}. */
public record FindReportsQuery(List<PatientId> patientIds, int limit) {}
