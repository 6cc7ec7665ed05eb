package health.journey.api.report;

import health.journey.api.indicator.Flag;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One result of an exam report (an indicator value), as its sender gave it and in the product's
 * canonical unit for the analyte. A value whose unit could not be converted keeps its original only
 * ({@code value} and {@code unit} null) and says why in {@code problem}; a result that is not a
 * number (a finding in words) has {@code text}.
 *
 * @param code the LOINC code the sender gave (e.g. 1558-6)
 * @param analyteId the catalogue's analyte ({@code fasting-glucose}), or null when not catalogued
 * @param name the sender's display name of the result
 * @param value the value in the canonical unit
 * @param unit the canonical unit (UCUM)
 * @param originalValue the value as sent
 * @param originalUnit the unit as sent
 * @param referenceLow the lower limit of the reference range the sender gave, canonical unit
 * @param referenceHigh the upper limit, canonical unit
 * @param referenceText the range in words, when the sender gave it so
 * @param flag where the value falls: from the sender's interpretation, else computed
 * @param flagFromSender whether the flag is the sender's
 * @param text a result in words (a finding), when it is not a number
 * @param effectiveAt when the result was taken
 * @param sourceId the sender's id of the observation (its fullUrl or id), for provenance
 * @param problem why the value could not be converted, if it could not
 */
public record ReportedValue(
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
    Flag flag,
    boolean flagFromSender,
    String text,
    Instant effectiveAt,
    String sourceId,
    String problem) {}
