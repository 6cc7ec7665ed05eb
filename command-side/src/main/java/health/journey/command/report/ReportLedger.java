package health.journey.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.PatientId;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.report.ExamReport;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportConflicted;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.RecordExamReports;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A patient's exam reports (同步检查报告数据): the part of the patient's stream that knows which reports
 * (by sender and identifier) joined the record and with what content, so the same report sent twice
 * is one report, an amendment replaces it, and other content under the same identifier is a
 * conflict for staff, never a silent merge or drop. Held by the patient aggregate as a member.
 */
public final class ReportLedger {

  private final Map<String, String> contentByReport = new HashMap<>();
  private final Set<String> conflicts = new HashSet<>();

  /**
   * Records each report, or recognises it; {@code ownBooking} says which bookings are the
   * patient's. Results their sender did not flag are flagged for the patient's sex and age (null
   * when not known).
   */
  public List<ReportOutcome> record(
      RecordExamReports command, Predicate<String> ownBooking, Sex sex, LocalDate birthDate) {
    List<ReportOutcome> outcomes = new ArrayList<>();
    for (ExamReport report : command.reports()) {
      String reportId = idOf(command.patientId(), report);
      String hash = report.contentHash();
      String known = contentByReport.get(reportId);
      ReportOutcome.Result result;
      Sealed<ReportContent> content =
          Sealed.of(
              command.patientId(),
              PersonalDataKind.HEALTH,
              new ReportContent(
                  report.code(),
                  report.title(),
                  report.values().stream()
                      .map(v -> ValueFlags.flagged(v, sex, birthDate))
                      .toList()));
      if (known == null) {
        apply(
            new ExamReportRecorded(
                command.patientId(),
                reportId,
                report.sourceSystem(),
                report.identifier(),
                report.status(),
                report.issuedAt(),
                report.bookingId() != null && ownBooking.test(report.bookingId())
                    ? report.bookingId()
                    : null,
                hash,
                content,
                command.occurredAt()));
        result = ReportOutcome.Result.RECORDED;
      } else if (known.equals(hash)) {
        result = ReportOutcome.Result.ALREADY_RECORDED;
      } else if (report.status().replacesEarlier()) {
        // The sender's word that this content replaces what it sent before wins, even over
        // content that was held as a conflict until then.
        apply(
            new ExamReportAmended(
                command.patientId(),
                reportId,
                report.status(),
                report.issuedAt(),
                hash,
                content,
                command.occurredAt()));
        result = ReportOutcome.Result.AMENDED;
      } else if (conflicts.contains(reportId + "\u0000" + hash)) {
        result = ReportOutcome.Result.CONFLICT;
      } else {
        apply(
            new ExamReportConflicted(
                command.patientId(),
                reportId,
                report.status(),
                report.issuedAt(),
                hash,
                content,
                command.occurredAt()));
        result = ReportOutcome.Result.CONFLICT;
      }
      outcomes.add(new ReportOutcome(reportId, report.sourceSystem(), report.identifier(), result));
    }
    return outcomes;
  }

  /**
   * The id of a patient's report: the same sender, identifier and kind of report always give the
   * same id.
   */
  public static String idOf(PatientId patient, ExamReport report) {
    return report.idFor(patient);
  }

  @EventSourcingHandler
  void on(ExamReportRecorded event) {
    contentByReport.put(event.reportId(), event.contentHash());
  }

  @EventSourcingHandler
  void on(ExamReportAmended event) {
    contentByReport.put(event.reportId(), event.contentHash());
  }

  @EventSourcingHandler
  void on(ExamReportConflicted event) {
    conflicts.add(event.reportId() + "\u0000" + event.contentHash());
  }
}
