package health.journey.api.consent;

import health.journey.api.RuleCode;

/** The rules of consent (知情同意) that a request can break. */
public enum ConsentRule implements RuleCode {
  /** Consent that was never given cannot be withdrawn. */
  CONSENT_NOT_GIVEN,
  /** Consent cannot be withdrawn twice. */
  CONSENT_ALREADY_WITHDRAWN
}
