package health.journey.api.questionnaire;

/**
 * What became of answers sent to be recorded: the version they were checked against, the score the
 * product computed, and whether the same answers (by id) were recorded before.
 */
public record AnswerOutcome(
    String answerId, String code, int version, QuestionnaireScore score, boolean alreadyRecorded) {}
