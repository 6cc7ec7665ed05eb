package health.journey.api.indicator;

import health.journey.api.PatientId;
import java.time.Instant;

/**
 * A patient's values of one indicator (by LOINC code or catalogue id) over a period, oldest first;
 * answered with an {@link IndicatorSeries}.
 */
public record FindIndicatorSeriesQuery(
    PatientId patientId, String indicator, Instant from, Instant to) {}
