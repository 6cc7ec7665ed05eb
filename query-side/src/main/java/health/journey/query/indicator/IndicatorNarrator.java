package health.journey.query.indicator;

import health.journey.api.PatientEvent;
import health.journey.api.indicator.Flag;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportConflicted;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportedValue;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells exam reports in the timeline: who sent them and how many results they hold; the title and
 * the results outside their range are clinical details.
 */
@Component
class IndicatorNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof ExamReportRecorded e) {
      ReportContent content = e.content().reveal().orElse(null);
      return new Narration(
          "REPORT_RECORDED",
          "Exam report from " + e.sourceSystem() + " recorded" + count(content),
          detail(content),
          null);
    }
    if (event instanceof ExamReportAmended e) {
      ReportContent content = e.content().reveal().orElse(null);
      return new Narration(
          "REPORT_AMENDED",
          "Exam report " + e.status().name().toLowerCase() + " by its sender" + count(content),
          detail(content),
          null);
    }
    if (event instanceof ExamReportConflicted e) {
      return new Narration(
          "REPORT_CONFLICT",
          "A report arrived with other content under an identifier already recorded: kept for"
              + " staff to resolve",
          null,
          null);
    }
    return null;
  }

  private static String count(ReportContent content) {
    return content == null ? "" : " (" + content.values().size() + " results)";
  }

  private static String detail(ReportContent content) {
    if (content == null) {
      return null;
    }
    List<String> abnormal =
        content.values().stream()
            .filter(v -> v.flag() != null && v.flag() != Flag.NORMAL && v.value() != null)
            .map(IndicatorNarrator::words)
            .toList();
    String title = content.title() == null ? "" : content.title();
    return abnormal.isEmpty()
        ? (title.isEmpty() ? null : title)
        : (title.isEmpty() ? "" : title + ": ")
            + abnormal.stream().collect(Collectors.joining(", "));
  }

  private static String words(ReportedValue v) {
    return (v.name() == null ? v.code() : v.name())
        + " "
        + v.value().toPlainString()
        + (v.unit() == null ? "" : " " + v.unit())
        + " "
        + v.flag().name().toLowerCase().replace('_', ' ');
  }
}
