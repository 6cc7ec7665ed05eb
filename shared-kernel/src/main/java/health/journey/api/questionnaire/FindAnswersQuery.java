package health.journey.api.questionnaire;

import health.journey.api.PatientId;
import java.util.List;

/**
 * The answers of several patients (newest first, at most {@code limit} each; only {@code answerId}
 * when given); answered with {@link PatientAnswers}.
 */
public record FindAnswersQuery(List<PatientId> patientIds, String answerId, int limit) {}
