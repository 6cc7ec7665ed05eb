package health.journey.api.questionnaire;

import health.journey.api.personaldata.Sealed;
import java.time.Instant;

/** A patient's answers to a questionnaire, with the score computed from them (sealed). */
public record AnswerView(
    String patientId,
    String answerId,
    String code,
    int version,
    Sealed<AnswerSheet> answers,
    Sealed<QuestionnaireScore> score,
    AnswerSource source,
    Instant answeredAt) {}
