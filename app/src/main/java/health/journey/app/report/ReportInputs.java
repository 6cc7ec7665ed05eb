package health.journey.app.report;

import health.journey.api.indicator.Flag;
import health.journey.api.report.ReportStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The report feature's GraphQL inputs. */
final class ReportInputs {

  private ReportInputs() {}

  record RecordExamReportInput(
      String patientId,
      String sourceSystem,
      String identifier,
      String code,
      ReportStatus status,
      String title,
      Instant issuedAt,
      String bookingId,
      List<ReportedValueInput> values,
      String clientRequestId) {}

  record ReportedValueInput(
      String code,
      String name,
      BigDecimal value,
      String unit,
      String text,
      BigDecimal referenceLow,
      BigDecimal referenceHigh,
      String referenceText,
      Flag flag,
      Instant effectiveAt) {}
}
