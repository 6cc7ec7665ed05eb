package health.journey.api.report;

/**
 * What became of a report sent to be recorded.
 *
 * @param reportId the report's id in this system
 * @param sourceSystem the sending system
 * @param identifier the sender's identifier
 * @param result what was done
 */
public record ReportOutcome(
    String reportId, String sourceSystem, String identifier, Result result) {

  public enum Result {
    /** A new report, recorded. */
    RECORDED,
    /** The same report (same content) was recorded before: nothing changed. */
    ALREADY_RECORDED,
    /** Content its sender marks as amended or corrected replaced the earlier version. */
    AMENDED,
    /**
     * Different content under an identifier already recorded, not marked as an amendment: kept
     * beside the recorded report as a conflict for staff to resolve; the recorded report stands.
     */
    CONFLICT
  }
}
