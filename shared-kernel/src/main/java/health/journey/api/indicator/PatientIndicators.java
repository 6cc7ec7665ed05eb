package health.journey.api.indicator;

import java.util.List;
import java.util.Map;

/** Indicator values by patient id. */
public record PatientIndicators(Map<String, List<IndicatorValueView>> byPatient) {}
