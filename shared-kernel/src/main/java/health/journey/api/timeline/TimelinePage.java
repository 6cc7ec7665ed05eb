package health.journey.api.timeline;

import java.util.List;

/** A page of timeline entries and whether more follow. */
public record TimelinePage(List<TimelineEntryView> entries, boolean hasMore) {}
