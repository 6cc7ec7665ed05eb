package health.journey.app.fhir;

/**
 * One line of a FHIR {@code OperationOutcome}: how bad it is, its kind (FHIR's IssueType code),
 * what it says in words, and where in the document it is (a FHIRPath expression such as {@code
 * Bundle.entry[2].resource.valueQuantity.value}).
 *
 * @param severity fatal, error, warning or information
 * @param code an IssueType code: structure, required, value, invalid, not-found, not-supported,
 *     business-rule, duplicate, processing, informational
 * @param diagnostics what it says, never echoing personal data
 * @param expression where it is, or null for the whole document
 */
record FhirIssue(String severity, String code, String diagnostics, String expression) {

  static FhirIssue error(String code, String diagnostics, String expression) {
    return new FhirIssue("error", code, diagnostics, expression);
  }

  static FhirIssue warning(String code, String diagnostics, String expression) {
    return new FhirIssue("warning", code, diagnostics, expression);
  }

  static FhirIssue information(String diagnostics, String expression) {
    return new FhirIssue("information", "informational", diagnostics, expression);
  }

  boolean isError() {
    return severity.equals("error") || severity.equals("fatal");
  }
}
