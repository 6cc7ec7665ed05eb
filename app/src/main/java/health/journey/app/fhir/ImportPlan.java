package health.journey.app.fhir;

import health.journey.api.PatientId;
import health.journey.api.questionnaire.AnswerQuestionnaire;
import health.journey.api.report.ExamReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a document comes to before anything is stored: per patient, the reports and answers to
 * record; per entry of the document, what is taken from it and what is ignored, and why.
 */
final class ImportPlan {

  /** One entry of the document and what became of it. */
  static final class Line {
    final int index;
    final String path;
    final String label;
    final String type;
    final List<FhirIssue> notes = new ArrayList<>();
    String result;
    String location;
    boolean imported;

    Line(int index, String path, String label, String type) {
      this.index = index;
      this.path = path;
      this.label = label;
      this.type = type;
    }
  }

  /** A report to record, and the line it came from. */
  record PlannedReport(ExamReport report, Line line) {}

  /** Answers to record, and the line they came from. */
  record PlannedAnswers(AnswerQuestionnaire command, Line line) {}

  /** What one patient gets. */
  static final class Work {
    final List<PlannedReport> reports = new ArrayList<>();
    final List<PlannedAnswers> answers = new ArrayList<>();
  }

  final List<Line> lines = new ArrayList<>();
  final Map<PatientId, Work> byPatient = new LinkedHashMap<>();

  Work work(PatientId patient) {
    return byPatient.computeIfAbsent(patient, p -> new Work());
  }

  boolean nothingToImport() {
    return byPatient.values().stream().allMatch(w -> w.reports.isEmpty() && w.answers.isEmpty());
  }
}
