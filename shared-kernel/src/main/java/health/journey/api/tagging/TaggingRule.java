package health.journey.api.tagging;

import health.journey.api.RuleCode;

/** The rules of tagging that a request can break. */
public enum TaggingRule implements RuleCode {
  /** Only a tag the patient has can be removed. */
  TAG_NOT_APPLIED
}
