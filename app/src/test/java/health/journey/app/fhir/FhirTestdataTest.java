package health.journey.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.Fhir;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every document of the test data written outside this project (src/test/resources/testdata) is
 * imported or refused, as a sender would post it: reports with their results, stand-alone
 * observations, questionnaires and responses; bundles that carry nothing to import are refused with
 * what was ignored and why.
 */
class FhirTestdataTest extends IntegrationTest {

  private static final String URI = "urn:ietf:rfc:3986";

  @Autowired JdbcTemplate jdbc;

  private Fhir fhir;

  @BeforeEach
  void client() {
    fhir = new Fhir(port);
  }

  @Test
  void theLipidAndBloodCountReportsOfOnePatientAreTwoReportsUnderOneIdentifier() {
    String patient = patientLinkedTo("https://example.com/base/Patient/pat2");

    Fhir.Answer lipids =
        fhir.post(User.INTEGRATION, "Bundle", Fhir.testdata("fhir-r4/Bundle-lipids.json"));
    assertThat(lipids.status()).as(lipids.toString()).isEqualTo(200);
    assertThat(lipids.contentType()).startsWith("application/fhir+json");
    assertThat(lipids.json().path("resourceType").asString()).isEqualTo("OperationOutcome");
    assertThat(lipids.diagnostics())
        .anyMatch(d -> d.contains("imported as exam report") && d.contains("4 value(s)"));

    Fhir.Answer bloodCount =
        fhir.post(User.INTEGRATION, "Bundle", Fhir.testdata("fhir-r4/Bundle-101.json"));
    assertThat(bloodCount.status()).as(bloodCount.toString()).isEqualTo(200);
    assertThat(bloodCount.diagnostics())
        .anyMatch(d -> d.contains("imported as exam report") && d.contains("17 value(s)"));

    // the same identifier (acme|5234342) names a lipid panel and a blood count: two reports, no
    // conflict
    JsonNode reports =
        read(patient, "examReports { identifier sourceSystem valueCount conflicts status }")
            .path("examReports");
    assertThat(reports).hasSize(2);
    reports.forEach(r -> assertThat(r.path("conflicts").asInt()).isZero());
    reports.forEach(r -> assertThat(r.path("identifier").asString()).isEqualTo("5234342"));

    Map<String, JsonNode> latest = latest(patient);
    assertThat(latest.get("35200-5").path("indicator").asString()).isEqualTo("TOTAL_CHOLESTEROL");
    assertThat(decimal(latest.get("35200-5").path("value"))).isEqualByComparingTo("6.3");
    assertThat(latest.get("35200-5").path("unit").asString()).isEqualTo("mmol/L");
    // the sender's range (below 4.5) makes 6.3 high
    assertThat(latest.get("35200-5").path("flag").asString()).isEqualTo("HIGH");
    assertThat(latest.get("35200-5").path("flagFromSender").asBoolean()).isFalse();
    assertThat(decimal(latest.get("718-7").path("value"))).isEqualByComparingTo("176");
    assertThat(latest.get("718-7").path("unit").asString()).isEqualTo("g/L");
    // the sender's own interpretation is kept as its flag
    assertThat(latest.get("751-8").path("flag").asString()).isEqualTo("CRITICAL_LOW");
    assertThat(latest.get("751-8").path("flagFromSender").asBoolean()).isTrue();

    // sent again: recognised, nothing new stored
    long events = events(patient);
    Fhir.Answer again =
        fhir.post(User.INTEGRATION, "Bundle", Fhir.testdata("fhir-r4/Bundle-lipids.json"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.diagnostics()).anyMatch(d -> d.contains("already recorded"));
    assertThat(events(patient)).isEqualTo(events);
  }

  @Test
  void aReportWhoseResultsAreNotInTheBundleIsRecordedAndSaysWhatIsMissing() {
    String patient = patientLinkedTo("https://example.com/base/Patient/f001");
    Fhir.Answer answer =
        fhir.post(User.INTEGRATION, "Bundle", Fhir.testdata("fhir-r4/Bundle-f001.json"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.diagnostics())
        .anyMatch(d -> d.contains("Observation/f001") && d.contains("names no Observation"))
        .anyMatch(d -> d.contains("ServiceRequest is not imported"));
    assertThat(answer.expressions()).contains("Bundle.entry[0].resource.result[0]");
    JsonNode reports = read(patient, "examReports { valueCount }").path("examReports");
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).path("valueCount").asInt()).isZero();
  }

  @Test
  void standAloneObservationsBecomeIndicatorsAndBloodPressureComponentsTheirOwn() {
    String patient = patientLinkedTo("Patient/example");
    assertThat(
            fhir.post(
                    User.INTEGRATION, "Observation", Fhir.testdata("fhir-r4/Observation-bmi.json"))
                .status())
        .isEqualTo(200);
    Fhir.Answer pressure =
        fhir.post(
            User.INTEGRATION,
            "Observation",
            Fhir.testdata("fhir-r4/Observation-blood-pressure.json"));
    assertThat(pressure.status()).as(pressure.toString()).isEqualTo(200);

    Map<String, JsonNode> latest = latest(patient);
    assertThat(decimal(latest.get("39156-5").path("value"))).isEqualByComparingTo("16.2");
    assertThat(latest.get("39156-5").path("indicator").asString()).isEqualTo("BMI");
    assertThat(decimal(latest.get("8480-6").path("value"))).isEqualByComparingTo("107");
    assertThat(latest.get("8480-6").path("unit").asString()).isEqualTo("mm[Hg]");
    assertThat(decimal(latest.get("8462-4").path("value"))).isEqualByComparingTo("60");
    assertThat(latest).doesNotContainKey("85354-9");

    // the cancelled reading carries the same identifier: it gives no value and is refused as
    // nothing to import
    long events = events(patient);
    Fhir.Answer cancelled =
        fhir.post(
            User.INTEGRATION,
            "Observation",
            Fhir.testdata("fhir-r4/Observation-blood-pressure-cancel.json"));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(422);
    assertThat(cancelled.diagnostics()).anyMatch(d -> d.contains("status cancelled"));
    assertThat(events(patient)).isEqualTo(events);
    assertThat(decimal(latest(patient).get("8480-6").path("value"))).isEqualByComparingTo("107");
  }

  @Test
  void aGlucoseObservationKeepsTheSendersHighFlag() {
    String patient = patientLinkedTo("Patient/f001");
    Fhir.Answer answer =
        fhir.post(User.INTEGRATION, "Observation", Fhir.testdata("fhir-r4/Observation-f001.json"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode glucose = latest(patient).get("15074-8");
    assertThat(glucose.path("indicator").asString()).isEqualTo("GLUCOSE");
    assertThat(decimal(glucose.path("value"))).isEqualByComparingTo("6.3");
    assertThat(glucose.path("flag").asString()).isEqualTo("HIGH");
    assertThat(glucose.path("flagFromSender").asBoolean()).isTrue();
    assertThat(glucose.path("effectiveAt").asString()).isEqualTo("2013-04-02T08:30:10Z");
  }

  @Test
  void bundlesThatCarryNothingToImportAreRefusedSayingWhatWasIgnored() {
    Fhir.Answer search =
        fhir.post(User.INTEGRATION, "Bundle", Fhir.testdata("fhir-r4/Bundle-bundle-example.json"));
    assertThat(search.status()).as(search.toString()).isEqualTo(422);
    assertThat(search.diagnostics())
        .anyMatch(d -> d.startsWith("Nothing to import"))
        .anyMatch(d -> d.contains("MedicationRequest is not imported"))
        .anyMatch(d -> d.contains("Medication is not imported"));

    Fhir.Answer transaction =
        fhir.post(
            User.INTEGRATION, "Bundle", Fhir.testdata("fhir-r4/Bundle-bundle-transaction.json"));
    assertThat(transaction.status()).as(transaction.toString()).isEqualTo(422);
    assertThat(transaction.diagnostics())
        .anyMatch(d -> d.contains("Patient resources are not imported"))
        .anyMatch(d -> d.contains("carries no resource"));
  }

  @Test
  void questionnairesWithScoresImportAndTheirResponsesAreScoredByTheProduct() {
    // the specification's PHQ-9 gives no scores and lacks item 9: refused, saying so
    Fhir.Answer unscored =
        fhir.post(
            User.HEALTH_MANAGER,
            "Questionnaire",
            Fhir.testdata("questionnaires/Questionnaire-phq-9-questionnaire.json"));
    assertThat(unscored.status()).as(unscored.toString()).isEqualTo(422);
    assertThat(unscored.diagnostics())
        .anyMatch(d -> d.contains("no answer option carries a score"))
        .anyMatch(d -> d.contains("44260-8"));

    Fhir.Answer lhc =
        fhir.post(
            User.HEALTH_MANAGER, "Questionnaire", Fhir.testdata("questionnaires/lhc-phq9.json"));
    assertThat(lhc.status()).as(lhc.toString()).isEqualTo(200);
    JsonNode lhcTemplate = questionnaire("phq-9-quick-depression-assessment-panel");
    assertThat(lhcTemplate.at("/scoring/bands")).hasSize(5);
    assertThat(lhcTemplate.at("/scoring/itemRules/0/linkId").asString()).isEqualTo("/44260-8");

    Fhir.Answer sdc =
        fhir.post(
            User.HEALTH_MANAGER,
            "Questionnaire",
            Fhir.testdata("questionnaires/sdc-questionnaire-PHQ9.json"));
    assertThat(sdc.status()).as(sdc.toString()).isEqualTo(200);
    Fhir.Answer gad =
        fhir.post(
            User.HEALTH_MANAGER,
            "Questionnaire",
            Fhir.testdata("questionnaires/mii-Questionnaire-gad-7.json"));
    assertThat(gad.status()).as(gad.toString()).isEqualTo(200);
    assertThat(questionnaire("mii-qst-pro-gad-7").at("/scoring/bands")).hasSize(4);

    // the same questionnaire again publishes no new version
    Fhir.Answer sdcAgain =
        fhir.post(
            User.HEALTH_MANAGER,
            "Questionnaire",
            Fhir.testdata("questionnaires/sdc-questionnaire-PHQ9.json"));
    assertThat(sdcAgain.diagnostics()).anyMatch(d -> d.contains("version 1 "));

    String proband = patientLinkedTo("http://hl7.org/fhir/Patient/proband");
    Fhir.Answer phq =
        fhir.post(
            User.INTEGRATION,
            "QuestionnaireResponse",
            Fhir.testdata("questionnaires/sdc-questionnaireresponse-PHQ9.json"));
    assertThat(phq.status()).as(phq.toString()).isEqualTo(200);
    // the document states 13; its answers give 10, which is kept, and the disagreement noted
    assertThat(phq.diagnostics())
        .anyMatch(d -> d.contains("total 10"))
        .anyMatch(d -> d.contains("states a total of 13"));
    JsonNode phqScore = answers(proband).get(0).path("score");
    assertThat(phqScore.path("total").asInt()).isEqualTo(10);
    assertThat(phqScore.path("statedTotal").asInt()).isEqualTo(13);
    assertThat(phqScore.path("statedTotalDisagrees").asBoolean()).isTrue();

    String miiPatient = patientLinkedTo("Patient/mii-exa-pro-patient");
    Fhir.Answer gadAnswer =
        fhir.post(
            User.INTEGRATION,
            "QuestionnaireResponse",
            Fhir.testdata("questionnaires/mii-QuestionnaireResponse-gad-7-response.json"));
    assertThat(gadAnswer.status()).as(gadAnswer.toString()).isEqualTo(200);
    JsonNode gadScore = answers(miiPatient).get(0).path("score");
    assertThat(gadScore.path("total").asInt()).isEqualTo(13);
    assertThat(gadScore.path("bandCode").asString()).isEqualTo("MODERATE");
    assertThat(gadScore.path("statedTotalDisagrees").asBoolean()).isFalse();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** A new patient, with another system's reference to its patient record linked to them. */
  private String patientLinkedTo(String reference) {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }",
            Map.of(
                "in",
                Map.of(
                    "channel",
                    "EXAM_CENTRE",
                    "name",
                    "测试",
                    "sex",
                    "FEMALE",
                    "birthDate",
                    "1981-03-02")));
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    String id = opened.data().at("/openCard/patientId").asString();
    // references are linked once per test run: a second link of the same one would name another
    // patient
    jdbc.update(
        "DELETE FROM patient_identifier_claim WHERE system = ? AND value = ?", URI, reference);
    Response linked =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: LinkPatientIdentifierInput!) { linkPatientIdentifier(input: $in) { patientId } }",
            Map.of("in", Map.of("patientId", id, "system", URI, "value", reference)));
    assertThat(linked.hasErrors()).as(linked.toString()).isFalse();
    return id;
  }

  private JsonNode read(String patient, String selection) {
    Response response =
        graphQl.post(
            User.DOCTOR,
            "query($id: ID!) { patient(id: $id) { " + selection + " } }",
            Map.of("id", patient));
    assertThat(response.hasErrors()).as(response.toString()).isFalse();
    return response.data().path("patient");
  }

  private Map<String, JsonNode> latest(String patient) {
    JsonNode values =
        read(
                patient,
                "indicators { code indicator value unit flag flagFromSender effectiveAt originalValue originalUnit }")
            .path("indicators");
    Map<String, JsonNode> byCode = new java.util.HashMap<>();
    values.forEach(v -> byCode.put(v.path("code").asString(), v));
    return byCode;
  }

  private List<JsonNode> answers(String patient) {
    List<JsonNode> all = new ArrayList<>();
    read(
            patient,
            "questionnaireAnswers { code score { total bandCode statedTotal statedTotalDisagrees } }")
        .path("questionnaireAnswers")
        .forEach(all::add);
    return all;
  }

  private JsonNode questionnaire(String code) {
    Response response =
        graphQl.post(
            User.DOCTOR,
            "query($c: String!) { questionnaire(code: $c) { code version scoring { bands { code } itemRules { linkId } statedTotalLinkId } } }",
            Map.of("c", code));
    assertThat(response.hasErrors()).as(response.toString()).isFalse();
    assertThat(response.data().path("questionnaire").isNull()).as(code + " published").isFalse();
    return response.data().path("questionnaire");
  }

  private long events(String patient) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, patient);
  }

  private static BigDecimal decimal(JsonNode node) {
    return new BigDecimal(node.asString());
  }
}
