package health.journey.query.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code questionnaire_answer}: a patient's answers (sealed) and the score computed from
 * them (sealed, and its total, band and flags in the clear for cohorts and dashboards; removed when
 * the patient's personal data is erased).
 */
record AnswerRow(
    UUID patientId,
    String answerId,
    String code,
    int version,
    String answersSealed,
    String scoreSealed,
    Integer total,
    String bandCode,
    List<String> flags,
    String source,
    Instant answeredAt) {}
