package health.journey.api.questionnaire;

/**
 * The published questionnaire documents name by {@code url} (FHIR {@code Questionnaire.url}),
 * answered from the published versions answers are checked against; answered with {@link Match}.
 */
public record FindQuestionnaireByUrlQuery(String url) {

  /** The questionnaire found: its code and latest version, or nulls when none has the url. */
  public record Match(String code, Integer version) {}
}
