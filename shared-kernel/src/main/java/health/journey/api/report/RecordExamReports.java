package health.journey.api.report;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record exam reports of a patient, all or none: a report already recorded is recognised (the same
 * content changes nothing; content its sender marks as amended or corrected replaces it; other
 * content under the same identifier is a conflict for staff to resolve). Answered with one {@link
 * ReportOutcome} per report.
 */
public record RecordExamReports(
    @TargetAggregateIdentifier PatientId patientId, List<ExamReport> reports, Instant occurredAt) {

  public RecordExamReports {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    InvalidInput.require(
        reports != null && !reports.isEmpty(), "reports", "give at least one report");
    reports = List.copyOf(reports);
    InvalidInput.require(
        reports.stream()
            .map(r -> r.sourceSystem() + "\u0000" + r.identifier() + "\u0000" + r.code())
            .allMatch(new HashSet<>()::add),
        "reports",
        "a report (source system, identifier and kind) is given more than once");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
