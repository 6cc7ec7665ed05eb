package health.journey.api.questionnaire;

import java.time.Instant;

/** A published version of a questionnaire as the read model knows it. */
public record QuestionnaireVersionView(
    String templateId,
    String code,
    int version,
    QuestionnaireDefinition definition,
    Instant publishedAt,
    boolean retired) {}
