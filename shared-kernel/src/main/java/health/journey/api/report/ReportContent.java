package health.journey.api.report;

import java.util.List;

/**
 * What a report says, kept sealed in its events: what kind of report it is, its title and results.
 */
public record ReportContent(String code, String title, List<ReportedValue> values) {}
