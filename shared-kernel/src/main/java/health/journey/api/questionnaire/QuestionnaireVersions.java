package health.journey.api.questionnaire;

import java.util.List;

/** Published questionnaire versions. */
public record QuestionnaireVersions(List<QuestionnaireVersionView> versions) {}
