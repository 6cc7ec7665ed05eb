package health.journey.api.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One indicator value of a patient (历年指标): the analyte (LOINC code, names in Chinese and English),
 * the value in the canonical unit and as it was sent, the reference range, where it falls, when it
 * was taken, and where it came from.
 *
 * @param source REPORT or HEALTH_RECORD
 * @param reportId the report it came from (null for the health record)
 */
public record IndicatorValueView(
    String patientId,
    String code,
    String analyteId,
    String nameZh,
    String nameEn,
    BigDecimal value,
    String unit,
    BigDecimal originalValue,
    String originalUnit,
    BigDecimal referenceLow,
    BigDecimal referenceHigh,
    String referenceText,
    Flag flag,
    boolean flagFromSender,
    Instant effectiveAt,
    String source,
    String reportId,
    String sourceSystem) {

  /** Whether the value lies outside its reference range (or its critical limits). */
  public boolean abnormal() {
    return flag != null && flag != Flag.NORMAL;
  }
}
