package health.journey.api.risk;

import health.journey.api.PatientId;
import java.util.List;
import java.util.Map;

/** The latest assessment per model of several patients; answered with {@link PatientRisks}. */
public record FindRiskAssessmentsQuery(List<PatientId> patientIds) {

  public record PatientRisks(Map<String, List<RiskView>> byPatient) {}
}
