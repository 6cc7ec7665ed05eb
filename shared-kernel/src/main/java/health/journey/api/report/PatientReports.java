package health.journey.api.report;

import java.util.List;
import java.util.Map;

/** Reports by patient id. */
public record PatientReports(Map<String, List<ReportView>> byPatient) {}
