package health.journey.query.report;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code exam_report}: a patient's exam report, its title sealed. */
record ReportRow(
    UUID patientId,
    String reportId,
    String sourceSystem,
    String identifier,
    String status,
    String titleSealed,
    Instant issuedAt,
    String bookingId,
    int valueCount,
    int conflicts,
    Instant recordedAt) {}
