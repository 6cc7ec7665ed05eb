package health.journey.query.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code indicator_value}: one indicator value of a patient, in the clear for trends and
 * cohorts (removed when the patient's personal data is erased); a result in words is sealed.
 */
record IndicatorRow(
    UUID patientId,
    String entryKey,
    String source,
    String reportId,
    String sourceSystem,
    String code,
    String analyteId,
    String name,
    BigDecimal value,
    String unit,
    BigDecimal originalValue,
    String originalUnit,
    BigDecimal referenceLow,
    BigDecimal referenceHigh,
    String referenceText,
    String flag,
    boolean flagFromSender,
    String textSealed,
    Instant effectiveAt) {}
