package health.journey.api.questionnaire;

import java.util.List;
import java.util.Map;

/** Answers by patient id. */
public record PatientAnswers(Map<String, List<AnswerView>> byPatient) {}
