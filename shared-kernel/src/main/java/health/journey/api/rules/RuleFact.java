package health.journey.api.rules;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fact an automatic decision used: what it is (an indicator, a score, a part of the record, a
 * tag), its value with its unit, when it was true, and the event it came from.
 *
 * @param kind INDICATOR, SCORE, RECORD, TAG, AGE or SEX
 * @param name the indicator (catalogue id), questionnaire code, record field or tag
 * @param value the value, when it is a number
 * @param unit its unit
 * @param text the value in words, when it is not a number
 * @param effectiveAt when the fact was true (a result's time, an answer's time)
 * @param sourceEventId the event it came from
 */
public record RuleFact(
    String kind,
    String name,
    BigDecimal value,
    String unit,
    String text,
    Instant effectiveAt,
    String sourceEventId) {}
