package health.journey.api.questionnaire;

/**
 * The latest published version of every questionnaire (with {@code code}, only that one's, and of
 * {@code version} when given; retired ones only when asked for); answered with a {@link
 * QuestionnaireVersions}.
 */
public record FindQuestionnairesQuery(String code, Integer version, boolean includeRetired) {}
