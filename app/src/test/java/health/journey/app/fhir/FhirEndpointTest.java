package health.journey.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.Fhir;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The FHIR endpoint over HTTP, as a careless or hostile sender finds it: each invalid document gets
 * a 4xx status and an OperationOutcome naming the problem and where it is, no answer repeats the
 * document's personal data, and nothing of a refused document is stored, not even the part of a
 * bundle that was fine.
 */
class FhirEndpointTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private Fhir fhir;
  private String patient;

  @BeforeEach
  void patient() {
    fhir = new Fhir(port);
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
                    "张三",
                    "sex",
                    "MALE",
                    "birthDate",
                    "1970-05-04")));
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    patient = opened.data().at("/openCard/patientId").asString();
  }

  private String glucose(String value) {
    return SentDocuments.report(
        patient,
        "R-" + UUID.randomUUID(),
        "final",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        null,
        SentDocuments.quantity("1558-6", "Fasting glucose", value, "mmol/L"));
  }

  @Test
  void brokenJsonIsRefusedWithWhereItBreaksAndNothingIsStored() {
    long before = events();
    String broken = glucose("7.4").replace("\"status\":\"final\"", "\"status\": \"final\" \"张三\"");
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Bundle", broken);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/fhir+json");
    assertThat(answer.json().path("resourceType").asString()).isEqualTo("OperationOutcome");
    assertThat(answer.json().at("/issue/0/code").asString()).isEqualTo("structure");
    assertThat(answer.diagnostics().get(0)).contains("not well-formed JSON").contains("line");
    assertThat(answer.body()).doesNotContain("张三");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void aBadDecimalIsRefusedAtItsElement() {
    long before = events();
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Bundle", glucose("\"7,4\""));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().at("/issue/0/code").asString()).isEqualTo("value");
    assertThat(answer.expressions()).anyMatch(e -> e.endsWith("valueQuantity.value"));
    assertThat(answer.body()).doesNotContain("7,4");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void wrongCardinalityIsRefusedAtItsElement() {
    long before = events();
    String twoStatuses =
        glucose("7.4")
            .replace(
                "\"resourceType\":\"Observation\",\"status\":\"final\"",
                "\"resourceType\":\"Observation\",\"status\":[\"final\",\"amended\"]");
    assertThat(twoStatuses).contains("[\"final\",\"amended\"]");
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Bundle", twoStatuses);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.expressions()).anyMatch(e -> e.endsWith("resource.status"));

    String noCode =
        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/"
            + patient
            + "\"},\"valueQuantity\":{\"value\":7.4,\"unit\":\"mmol/L\"}}";
    Fhir.Answer missing = fhir.post(User.INTEGRATION, "Observation", noCode);
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().at("/issue/0/code").asString()).isEqualTo("required");
    assertThat(missing.expressions()).contains("Observation.code");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void stu3ContentIsRefusedAsNotR4() {
    String stu3 =
        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"glucose\"},"
            + "\"subject\":{\"reference\":\"Patient/"
            + patient
            + "\"},\"context\":{\"reference\":\"Encounter/1\"},\"valueQuantity\":{\"value\":7.4}}";
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Observation", stu3);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.expressions()).contains("Observation.context");

    Fhir.Answer procedureRequest =
        fhir.post(
            User.INTEGRATION,
            "Bundle",
            "{\"resourceType\":\"ProcedureRequest\",\"status\":\"active\"}");
    assertThat(procedureRequest.status()).isEqualTo(400);
    assertThat(procedureRequest.json().at("/issue/0/code").asString()).isEqualTo("not-supported");

    Fhir.Answer stu3Version =
        fhir.post(
            User.INTEGRATION,
            "Bundle",
            "application/fhir+json; fhirVersion=3.0",
            glucose("7.4").getBytes(StandardCharsets.UTF_8));
    assertThat(stu3Version.status()).isEqualTo(415);
  }

  @Test
  void aBundleWithNothingToImportIsRefusedSayingWhatWasIgnored() {
    String onlyAPatient =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":\"urn:uuid:"
            + UUID.randomUUID()
            + "\",\"resource\":{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"张三\"}]}}]}";
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Bundle", onlyAPatient);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
    assertThat(answer.diagnostics()).anyMatch(d -> d.startsWith("Nothing to import"));
    assertThat(answer.diagnostics())
        .anyMatch(d -> d.contains("Patient resources are not imported"));
    assertThat(answer.body()).doesNotContain("张三");
  }

  @Test
  void anUnknownPatientRefusesTheWholeBundle() {
    long before = events();
    String known = glucose("7.4");
    String unknownReport =
        SentDocuments.report(
            UUID.randomUUID().toString(),
            "R-" + UUID.randomUUID(),
            "final",
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            null,
            SentDocuments.quantity("1558-6", "Fasting glucose", "5.1", "mmol/L"));
    // one bundle: a report of our patient, then one of a patient nobody knows here
    String both =
        known.substring(0, known.lastIndexOf(']'))
            + ","
            + unknownReport.substring(
                unknownReport.indexOf('[') + 1, unknownReport.lastIndexOf(']'))
            + "]}";
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Bundle", both);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
    assertThat(answer.json().at("/issue/0/code").asString()).isEqualTo("not-found");
    assertThat(events()).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM exam_report WHERE patient_id = ?::uuid", Long.class, patient))
        .isZero();
  }

  @Test
  void answersThatDoNotFitTheirQuestionnaireRefuseTheReportBesideThem() {
    long before = events();
    String report = glucose("7.4");
    String response =
        "{\"fullUrl\":\"urn:uuid:"
            + UUID.randomUUID()
            + "\",\"resource\":{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
            + "\"questionnaire\":\"http://loinc.org/q/44249-1\",\"subject\":{\"reference\":\"Patient/"
            + patient
            + "\"},\"item\":[{\"linkId\":\"no-such-question\",\"answer\":[{\"valueInteger\":3}]}]}}";
    String both = report.substring(0, report.lastIndexOf(']')) + "," + response + "]}";
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Bundle", both);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
    assertThat(answer.diagnostics()).anyMatch(d -> d.contains("no-such-question"));
    assertThat(events()).isEqualTo(before);
    // and the patient's record still takes the report alone afterwards
    assertThat(fhir.post(User.INTEGRATION, "Bundle", report).status()).isEqualTo(200);
    assertThat(events()).isGreaterThan(before);
  }

  @Test
  void mediaTypesRolesAndSizeAreChecked() {
    byte[] body = glucose("7.4").getBytes(StandardCharsets.UTF_8);
    assertThat(fhir.post(User.INTEGRATION, "Bundle", "application/fhir+xml", body).status())
        .isEqualTo(415);
    assertThat(fhir.post(User.INTEGRATION, "Bundle", null, body).status()).isEqualTo(415);
    assertThat(fhir.post(User.INTEGRATION, "Bundle", "application/json", body).status())
        .isEqualTo(200);
    Fhir.Answer forbidden = fhir.post(User.OPERATIONS, "Bundle", "application/fhir+json", body);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json().at("/issue/0/code").asString()).isEqualTo("forbidden");
    assertThat(
            fhir.post(
                    User.INTEGRATION,
                    "Questionnaire",
                    Fhir.testdata("questionnaires/lhc-phq9.json"))
                .status())
        .isEqualTo(403);
    assertThat(fhir.post(null, "Bundle", "application/fhir+json", body).status()).isEqualTo(401);
    assertThat(fhir.post(User.INTEGRATION, "Patient", "application/fhir+json", body).status())
        .isEqualTo(404);

    byte[] huge = new byte[17 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    Fhir.Answer tooLarge = fhir.post(User.INTEGRATION, "Bundle", "application/fhir+json", huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().at("/issue/0/code").asString()).isEqualTo("too-costly");
  }

  @Test
  void aTransactionIsAnsweredWithATransactionResponse() {
    // a transaction names each entry's request (bdl-3)
    String transaction =
        glucose("6.9")
            .replace("\"type\":\"collection\"", "\"type\":\"transaction\"")
            .replace(
                "\",\"resource\":{\"resourceType\":\"DiagnosticReport\"",
                "\",\"request\":{\"method\":\"POST\",\"url\":\"DiagnosticReport\"},"
                    + "\"resource\":{\"resourceType\":\"DiagnosticReport\"")
            .replace(
                "\",\"resource\":{\"resourceType\":\"Observation\"",
                "\",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"},"
                    + "\"resource\":{\"resourceType\":\"Observation\"");
    assertThat(transaction).contains("\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}");
    Fhir.Answer answer = fhir.post(User.INTEGRATION, "Bundle", transaction);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("type").asString()).isEqualTo("transaction-response");
    assertThat(answer.json().at("/entry/0/response/status").asString()).isEqualTo("201 Created");
    assertThat(answer.json().at("/entry/0/response/location").asString())
        .startsWith("DiagnosticReport/");
  }

  private long events() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, patient);
  }
}
