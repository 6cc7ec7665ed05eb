package health.journey.api.questionnaire;

import health.journey.api.RuleCode;

/** The rules of questionnaires that a request can break. */
public enum QuestionnaireRule implements RuleCode {
  /** No published version of the questionnaire (or not the version named). */
  NOT_PUBLISHED,
  /** The questionnaire was retired: it takes no new answers. */
  RETIRED,
  /** A published version never changes; there is no draft to publish. */
  NO_DRAFT
}
