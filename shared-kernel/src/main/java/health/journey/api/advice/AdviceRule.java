package health.journey.api.advice;

import health.journey.api.RuleCode;

/** The rules of advice that a request can break. */
public enum AdviceRule implements RuleCode {
  /** The advice item is not on offer (unknown or retired). */
  ADVICE_NOT_OFFERED,
  /** The patient was not given the advice item. */
  ADVICE_NOT_GIVEN
}
