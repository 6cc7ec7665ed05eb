package health.journey.api.report;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Its sender amended or corrected a recorded report: this content replaces the earlier one. */
@Revision("1")
public record ExamReportAmended(
    PatientId patientId,
    String reportId,
    ReportStatus status,
    Instant issuedAt,
    String contentHash,
    Sealed<ReportContent> content,
    Instant occurredAt)
    implements PatientEvent {}
