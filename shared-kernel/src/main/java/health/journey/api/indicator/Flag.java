package health.journey.api.indicator;

/**
 * Where a value falls against an analyte's adult reference range and, where one is published, its
 * critical (panic) limits.
 */
public enum Flag {
  /** Below the critical lower limit: a value to report to a clinician at once. */
  CRITICAL_LOW,
  LOW,
  NORMAL,
  HIGH,
  /** Above the critical upper limit: a value to report to a clinician at once. */
  CRITICAL_HIGH
}
