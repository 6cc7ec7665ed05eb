package health.journey.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/** Answers as FHIR R4 JSON: OperationOutcomes, and transaction or batch response bundles. */
final class OperationOutcomes {

  private OperationOutcomes() {}

  static String json(FhirContext fhir, Resource resource) {
    return fhir.newJsonParser().encodeResourceToString(resource);
  }

  static OperationOutcome outcome(List<FhirIssue> issues) {
    OperationOutcome outcome = new OperationOutcome();
    for (FhirIssue issue : issues) {
      OperationOutcome.OperationOutcomeIssueComponent line = outcome.addIssue();
      line.setSeverity(OperationOutcome.IssueSeverity.fromCode(issue.severity()));
      line.setCode(OperationOutcome.IssueType.fromCode(issue.code()));
      line.setDiagnostics(issue.diagnostics());
      if (issue.expression() != null) {
        line.addExpression(issue.expression());
      }
    }
    if (issues.isEmpty()) {
      outcome
          .addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
          .setCode(OperationOutcome.IssueType.INFORMATIONAL)
          .setDiagnostics("Done");
    }
    return outcome;
  }

  /** One information line per entry saying what became of it, followed by its notes. */
  static List<FhirIssue> lines(ImportPlan plan) {
    List<FhirIssue> issues = new ArrayList<>();
    for (ImportPlan.Line line : plan.lines) {
      if (line.result != null) {
        issues.add(
            FhirIssue.information(line.type + " " + line.label + ": " + line.result, line.path));
      }
      issues.addAll(line.notes);
    }
    return issues;
  }

  /**
   * The answer to a transaction or batch: one response entry per request entry, in order, each with
   * its status and an outcome saying what became of it.
   */
  static Bundle response(ImportPlan plan, Bundle.BundleType requestType) {
    Bundle bundle = new Bundle();
    bundle.setType(
        requestType == Bundle.BundleType.TRANSACTION
            ? Bundle.BundleType.TRANSACTIONRESPONSE
            : Bundle.BundleType.BATCHRESPONSE);
    for (ImportPlan.Line line : plan.lines) {
      Bundle.BundleEntryResponseComponent response = bundle.addEntry().getResponse();
      response.setStatus(
          line.imported && line.result != null && line.result.startsWith("imported")
              ? "201 Created"
              : "200 OK");
      if (line.location != null) {
        response.setLocation(line.location);
      }
      List<FhirIssue> issues = new ArrayList<>();
      if (line.result != null) {
        issues.add(
            FhirIssue.information(line.type + " " + line.label + ": " + line.result, line.path));
      }
      issues.addAll(line.notes);
      response.setOutcome(outcome(issues));
    }
    return bundle;
  }
}
