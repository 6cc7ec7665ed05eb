package health.journey.api.rules;

import health.journey.api.RuleCode;

/** The rules of defining tagging rules that a request can break. */
public enum RuleDefinitionRule implements RuleCode {
  /** A rule is published from its draft. */
  NO_DRAFT,
  /** Only a published rule can be retired. */
  NOT_PUBLISHED
}
