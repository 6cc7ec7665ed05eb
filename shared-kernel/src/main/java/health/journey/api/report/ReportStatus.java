package health.journey.api.report;

/** The status of a report as its sender gives it (FHIR DiagnosticReport.status, in part). */
public enum ReportStatus {
  REGISTERED,
  PARTIAL,
  PRELIMINARY,
  FINAL,
  /** A later version of a final report, changed by its sender. */
  AMENDED,
  /** A later version of a final report, corrected by its sender. */
  CORRECTED,
  APPENDED;

  /**
   * Whether the sender says this content replaces what it sent before under the same identifier.
   */
  public boolean replacesEarlier() {
    return this == AMENDED || this == CORRECTED || this == APPENDED;
  }
}
