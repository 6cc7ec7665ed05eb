package health.journey.api.indicator;

import health.journey.api.PatientId;
import java.util.List;

/**
 * The latest value of each indicator of several patients (only abnormal ones when asked); answered
 * with {@link PatientIndicators}.
 */
public record FindLatestIndicatorsQuery(List<PatientId> patientIds, boolean abnormalOnly) {}
