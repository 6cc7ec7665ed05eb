package health.journey.api.questionnaire;

import java.util.List;

/** A patient's answers to a questionnaire, kept sealed in their events. */
public record AnswerSheet(List<Answer> answers) {}
