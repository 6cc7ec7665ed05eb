package health.journey.app.platform.graphql;

import graphql.ErrorClassification;

/**
 * Error classifications of our own, beside Spring's BAD_REQUEST, NOT_FOUND, FORBIDDEN and
 * INTERNAL_ERROR.
 */
enum JourneyErrorType implements ErrorClassification {
  /** The request breaks a business rule (see {@code extensions.code}); nothing was changed. */
  RULE_VIOLATION,
  /**
   * Someone else changed the same patient at the same moment; nothing was changed, the request may
   * be retried.
   */
  CONFLICT,
  /** The change was stored, but the read model had not caught up within the wait. */
  PROJECTION_LAG
}
