package health.journey.api.report;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A report arrived under an identifier already recorded, with other content, and its sender did not
 * mark it as an amendment: it is kept beside the recorded report for staff to resolve, never merged
 * into it nor dropped.
 */
@Revision("1")
public record ExamReportConflicted(
    PatientId patientId,
    String reportId,
    ReportStatus status,
    Instant issuedAt,
    String contentHash,
    Sealed<ReportContent> received,
    Instant occurredAt)
    implements PatientEvent {}
