package health.journey.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.context.FhirContext;
import health.journey.api.report.ExamReport;
import health.journey.api.report.ReportedValue;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/** What the FHIR reading tests share: one FHIR context for the test JVM, documents, helpers. */
final class FhirFixture {

  /** Built once: the FHIR context takes seconds to warm, as in the application. */
  static final FhirDocuments DOCUMENTS =
      new FhirDocuments(FhirDocuments.configure(FhirContext.forR4()));

  /** The types the import endpoint takes. */
  static final Set<String> CONTENT =
      Set.of("Bundle", "DiagnosticReport", "Observation", "QuestionnaireResponse");

  private FhirFixture() {}

  /** A document read as the endpoint of {@code type} reads it. */
  static Resource read(String json, String type) {
    return (Resource) DOCUMENTS.read(json, Set.of(type));
  }

  /** The refusal of a document posted to the endpoint of {@code type}. */
  static FhirRefusal refusal(String json, String type) {
    FhirRefusal refusal =
        catchThrowableOfType(FhirRefusal.class, () -> DOCUMENTS.read(json, Set.of(type)));
    assertThat(refusal).as("the document is refused").isNotNull();
    return refusal;
  }

  /** The refusal {@code action} ends in. */
  static FhirRefusal refused(Runnable action) {
    FhirRefusal refusal = catchThrowableOfType(FhirRefusal.class, action::run);
    assertThat(refusal).as("refused").isNotNull();
    return refusal;
  }

  /** Checks that no issue repeats any of {@code values} from the document. */
  static void assertNoEcho(List<FhirIssue> issues, String... values) {
    for (FhirIssue issue : issues) {
      for (String value : values) {
        assertThat(issue.diagnostics()).as("diagnostics").doesNotContain(value);
        if (issue.expression() != null) {
          assertThat(issue.expression()).as("expression").doesNotContain(value);
        }
      }
    }
  }

  static ReportedValue value(ExamReport report, String code) {
    return report.values().stream()
        .filter(v -> code.equals(v.code()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no value with code " + code + " in " + report));
  }

  /** A document from text written with single quotes, for readable inputs. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
