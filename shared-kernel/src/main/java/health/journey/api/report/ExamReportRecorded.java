package health.journey.api.report;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An exam report joined the patient's record. What it says (title and results) is sealed with the
 * patient's key; who sent it, under which identifier, its status and fingerprint are not.
 */
@Revision("1")
public record ExamReportRecorded(
    PatientId patientId,
    String reportId,
    String sourceSystem,
    String identifier,
    ReportStatus status,
    Instant issuedAt,
    String bookingId,
    String contentHash,
    Sealed<ReportContent> content,
    Instant occurredAt)
    implements PatientEvent {}
