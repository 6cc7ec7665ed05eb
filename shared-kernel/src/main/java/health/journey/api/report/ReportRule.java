package health.journey.api.report;

import health.journey.api.RuleCode;

/** The rules of report sync that a request can break. */
public enum ReportRule implements RuleCode {
  /** The patient a report names is not known here. */
  UNKNOWN_PATIENT
}
