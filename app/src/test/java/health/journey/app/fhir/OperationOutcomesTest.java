package health.journey.app.fhir;

import static health.journey.app.fhir.FhirFixture.DOCUMENTS;
import static health.journey.app.fhir.FhirFixture.json;
import static health.journey.app.fhir.FhirFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import health.journey.api.PatientId;
import health.journey.api.patient.PatientIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FHIR answers: OperationOutcomes and transaction or batch response bundles, as JSON. */
class OperationOutcomesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final PatientId PATIENT = PatientId.of("5c2d7e10-3a4b-4c5d-8e6f-7a8b9c0d1e2f");

  private static final String TRANSACTION =
      json(
          "{'resourceType':'Bundle','type':'%s','entry':[{'fullUrl':'urn:uuid:"
              + "9a1b2c3d-0000-4000-8000-000000000001','resource':{'resourceType':'Patient',"
              + "'name':[{'family':'Lisi'}],'gender':'male'},'request':{'method':'POST','url':"
              + "'Patient'}},{'fullUrl':'urn:uuid:9a1b2c3d-0000-4000-8000-000000000002',"
              + "'resource':{'resourceType':'DiagnosticReport','identifier':[{'system':"
              + "'urn:example:acc','value':'A-1'}],'status':'final','code':{'text':'Glucose'},"
              + "'subject':{'reference':'Patient/"
              + PATIENT
              + "'},'effectiveDateTime':'2024-05-01T08:00:00+08:00','result':[{'reference':"
              + "'urn:uuid:9a1b2c3d-0000-4000-8000-000000000003'}]},'request':{'method':'POST',"
              + "'url':'DiagnosticReport'}},{'fullUrl':'urn:uuid:9a1b2c3d-0000-4000-8000-"
              + "000000000003','resource':{'resourceType':'Observation','status':'final','code':{"
              + "'coding':[{'system':'http://loinc.org','code':'1558-6'}]},'valueQuantity':{"
              + "'value':5.2,'unit':'mmol/L','code':'mmol/L','system':"
              + "'http://unitsofmeasure.org'}},'request':{'method':'POST','url':'Observation'}},"
              + "{'request':{'method':'GET','url':'Patient?name=x'}}]}");

  private static ImportPlan plan(String json, String type) {
    return ImportReading.plan(
        FhirFixture.read(json, type),
        new PatientMatcher(
            (system, value) ->
                PatientIdentifiers.PATIENT_ID.equals(system) && PATIENT.toString().equals(value)
                    ? Optional.of(PATIENT)
                    : Optional.empty()),
        url -> Optional.empty());
  }

  private static String encoded(Resource resource) {
    return OperationOutcomes.json(DOCUMENTS.context(), resource);
  }

  private static JsonNode parsed(Resource resource) {
    return JSON.readTree(encoded(resource));
  }

  /** What the importer writes on the line of a report it recorded. */
  private static void recorded(ImportPlan plan, String result) {
    ImportPlan.Line line = plan.byPatient.get(PATIENT).reports.get(0).line();
    line.result = result;
    line.location = "DiagnosticReport/r-1";
  }

  @Test
  void aRefusalIsAnOperationOutcomeWithItsIssuesAndExpressions() {
    FhirRefusal refusal =
        refusal(
            json(
                "{'resourceType':'Observation','status':'final','code':{'text':'x'},"
                    + "'valueQuantity':{'value':'12.x'}}"),
            "Observation");

    String answer = encoded(OperationOutcomes.outcome(refusal.issues()));
    JsonNode outcome = JSON.readTree(answer);
    assertThat(outcome.path("resourceType").asString()).isEqualTo("OperationOutcome");
    assertThat(outcome.path("issue")).hasSize(1);
    JsonNode issue = outcome.path("issue").get(0);
    assertThat(issue.path("severity").asString()).isEqualTo("error");
    assertThat(issue.path("code").asString()).isEqualTo("value");
    assertThat(issue.path("expression").get(0).asString())
        .isEqualTo("Observation.valueQuantity.value");
    assertThat(issue.path("diagnostics").asString()).contains("decimal");
    assertThat(issue.has("location")).isFalse();
    assertThat(answer).doesNotContain("12.x").doesNotContain("\n");
  }

  @Test
  void brokenJsonIsLocatedInItsDiagnostics() {
    JsonNode issue =
        parsed(OperationOutcomes.outcome(refusal("{\"resourceType\":", "Bundle").issues()))
            .path("issue")
            .get(0);

    assertThat(issue.path("code").asString()).isEqualTo("structure");
    assertThat(issue.path("diagnostics").asString()).contains("(line 1, column ");
    assertThat(issue.has("expression")).isFalse();
  }

  @Test
  void anOutcomeWithoutIssuesSaysDone() {
    JsonNode outcome = parsed(OperationOutcomes.outcome(List.of()));

    assertThat(outcome.path("issue")).hasSize(1);
    assertThat(outcome.path("issue").get(0).path("severity").asString()).isEqualTo("information");
    assertThat(outcome.path("issue").get(0).path("code").asString()).isEqualTo("informational");
    assertThat(outcome.path("issue").get(0).path("diagnostics").asString()).isEqualTo("Done");
  }

  @Test
  void everySeverityAndIssueCodeTheEndpointUsesIsR4s() {
    List<FhirIssue> issues = new ArrayList<>();
    String[] codes = {
      "structure",
      "required",
      "value",
      "invalid",
      "not-found",
      "not-supported",
      "business-rule",
      "duplicate",
      "processing",
      "informational",
      "transient",
      "forbidden",
      "exception"
    };
    String[] severities = {"fatal", "error", "warning", "information"};
    for (int i = 0; i < codes.length; i++) {
      issues.add(new FhirIssue(severities[i % severities.length], codes[i], "d" + i, null));
    }

    JsonNode outcome = parsed(OperationOutcomes.outcome(issues));
    assertThat(outcome.path("issue")).hasSize(codes.length);
    for (int i = 0; i < codes.length; i++) {
      assertThat(outcome.path("issue").get(i).path("code").asString()).isEqualTo(codes[i]);
      assertThat(outcome.path("issue").get(i).path("severity").asString())
          .isEqualTo(severities[i % severities.length]);
    }
  }

  @Test
  void anImportSaysWhatBecameOfEachEntryWithoutRepeatingItsContent() {
    ImportPlan plan = plan(TRANSACTION.formatted("transaction"), "Bundle");

    // Before the report is recorded, its line says nothing yet.
    assertThat(OperationOutcomes.lines(plan))
        .extracting(FhirIssue::expression)
        .containsExactly("Bundle.entry[0].resource", "Bundle.entry[2].resource", "Bundle.entry[3]");

    recorded(plan, "imported as exam report r-1 with 1 value(s)");
    List<FhirIssue> lines = OperationOutcomes.lines(plan);
    assertThat(lines)
        .extracting(FhirIssue::severity, FhirIssue::expression)
        .containsExactly(
            tuple("information", "Bundle.entry[0].resource"),
            tuple("information", "Bundle.entry[1].resource"),
            tuple("information", "Bundle.entry[2].resource"),
            tuple("information", "Bundle.entry[3]"));
    assertThat(lines.get(1).diagnostics())
        .isEqualTo(
            "DiagnosticReport urn:uuid:9a1b2c3d-0000-4000-8000-000000000002: imported as exam"
                + " report r-1 with 1 value(s)");
    assertThat(lines.get(0).diagnostics()).startsWith("Patient ").contains("not imported");
    assertThat(lines.get(3).diagnostics()).contains("carries no resource");
    String answer = encoded(OperationOutcomes.outcome(lines));
    assertThat(answer).doesNotContain("Lisi").doesNotContain("A-1");
  }

  @Test
  void warningsAreWarningIssuesAfterTheirEntrysLine() {
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2093-3'}]},'subject':{'reference':'Patient/"
                + PATIENT
                + "'},'effectiveDateTime':'2024-05-01','valueQuantity':{'value':190,'unit':"
                + "'mg per dl'}}");
    ImportPlan plan = plan(observation, "Observation");
    recorded(plan, "already recorded as exam report r-1: nothing changed");

    JsonNode issues =
        parsed(OperationOutcomes.outcome(OperationOutcomes.lines(plan))).path("issue");
    assertThat(issues).hasSize(2);
    assertThat(issues.get(0).path("severity").asString()).isEqualTo("information");
    assertThat(issues.get(0).path("diagnostics").asString()).contains("already recorded");
    assertThat(issues.get(1).path("severity").asString()).isEqualTo("warning");
    assertThat(issues.get(1).path("code").asString()).isEqualTo("value");
    assertThat(issues.get(1).path("expression").get(0).asString()).isEqualTo("Observation.value");
    assertThat(issues.get(1).path("diagnostics").asString()).startsWith("Kept as sent: ");
  }

  @Test
  void aTransactionIsAnsweredEntryByEntry() {
    ImportPlan plan = plan(TRANSACTION.formatted("transaction"), "Bundle");
    recorded(plan, "imported as exam report r-1 with 1 value(s)");

    Bundle response = OperationOutcomes.response(plan, Bundle.BundleType.TRANSACTION);
    JsonNode answer = parsed(response);
    assertThat(answer.path("resourceType").asString()).isEqualTo("Bundle");
    assertThat(answer.path("type").asString()).isEqualTo("transaction-response");
    JsonNode entries = answer.path("entry");
    assertThat(entries).hasSize(4);
    List<String> statuses = new ArrayList<>();
    entries.forEach(e -> statuses.add(e.path("response").path("status").asString()));
    assertThat(statuses).containsExactly("200 OK", "201 Created", "200 OK", "200 OK");
    assertThat(entries.get(1).path("response").path("location").asString())
        .isEqualTo("DiagnosticReport/r-1");
    assertThat(entries.get(0).path("response").has("location")).isFalse();
    entries.forEach(
        e ->
            assertThat(e.path("response").path("outcome").path("resourceType").asString())
                .isEqualTo("OperationOutcome"));
    assertThat(
            entries
                .get(2)
                .path("response")
                .path("outcome")
                .path("issue")
                .get(0)
                .path("diagnostics")
                .asString())
        .contains("taken as a result of a report");
    assertThat(
            entries
                .get(3)
                .path("response")
                .path("outcome")
                .path("issue")
                .get(0)
                .path("expression")
                .get(0)
                .asString())
        .isEqualTo("Bundle.entry[3]");
  }

  @Test
  void aReportAlreadyRecordedIsAnsweredOkInATransaction() {
    ImportPlan plan = plan(TRANSACTION.formatted("transaction"), "Bundle");
    recorded(plan, "already recorded as exam report r-1: nothing changed");

    Bundle response = OperationOutcomes.response(plan, Bundle.BundleType.TRANSACTION);
    assertThat(response.getEntry().get(1).getResponse().getStatus()).isEqualTo("200 OK");
    assertThat(response.getEntry().get(1).getResponse().getLocation())
        .isEqualTo("DiagnosticReport/r-1");
  }

  @Test
  void aBatchIsAnsweredAsABatch() {
    ImportPlan plan = plan(TRANSACTION.formatted("batch"), "Bundle");
    recorded(plan, "imported as exam report r-1 with 1 value(s)");

    JsonNode answer = parsed(OperationOutcomes.response(plan, Bundle.BundleType.BATCH));
    assertThat(answer.path("type").asString()).isEqualTo("batch-response");
    assertThat(answer.path("entry")).hasSize(4);
    assertThat(answer.path("entry").get(1).path("response").path("status").asString())
        .isEqualTo("201 Created");
  }
}
