package health.journey.api.report;

import java.util.List;

/** What a report says, kept sealed in its events: its title and its results. */
public record ReportContent(String title, List<ReportedValue> values) {}
