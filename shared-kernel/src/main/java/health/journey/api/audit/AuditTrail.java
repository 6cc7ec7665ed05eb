package health.journey.api.audit;

import java.util.List;

/** A patient's events in the order they were stored. */
public record AuditTrail(List<AuditEntry> entries) {}
