package health.journey.app.fhir;

import java.util.List;

/**
 * A document refused as a whole: nothing of it was stored. Answered with {@code status} and an
 * {@code OperationOutcome} holding the issues.
 */
class FhirRefusal extends RuntimeException {

  private final int status;
  private final transient List<FhirIssue> issues;

  FhirRefusal(int status, List<FhirIssue> issues) {
    super(issues.isEmpty() ? "refused" : issues.get(0).diagnostics(), null, false, false);
    this.status = status;
    this.issues = List.copyOf(issues);
  }

  FhirRefusal(int status, FhirIssue issue) {
    this(status, List.of(issue));
  }

  /** 400: the document is not valid FHIR R4 JSON. */
  static FhirRefusal invalid(FhirIssue issue) {
    return new FhirRefusal(400, List.of(issue));
  }

  /** 400: the document is not valid FHIR R4 JSON. */
  static FhirRefusal invalid(List<FhirIssue> issues) {
    return new FhirRefusal(400, issues);
  }

  /** 422: valid FHIR R4 that this system cannot take (unknown patient, nothing to import, …). */
  static FhirRefusal unprocessable(String code, String diagnostics, String expression) {
    return new FhirRefusal(422, FhirIssue.error(code, diagnostics, expression));
  }

  int status() {
    return status;
  }

  List<FhirIssue> issues() {
    return issues;
  }
}
