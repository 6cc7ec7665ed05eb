package health.journey.api.report;

import health.journey.api.personaldata.PersonalData;
import java.time.Instant;

/**
 * A patient's exam report as the read model knows it: who sent it, its status, how many results it
 * holds, and how many conflicting versions wait for staff.
 */
public record ReportView(
    String patientId,
    String reportId,
    String sourceSystem,
    String identifier,
    ReportStatus status,
    PersonalData title,
    Instant issuedAt,
    String bookingId,
    int valueCount,
    int conflicts,
    Instant recordedAt) {}
