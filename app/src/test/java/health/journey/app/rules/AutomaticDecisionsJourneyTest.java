package health.journey.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.BusinessTime;
import health.journey.app.support.Fhir;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The first example journey of the domain, from the report on: a 45-year-old woman's report syncs
 * (fasting glucose 7.4 mmol/L, BMI 29, waist 88 cm, systolic 135 mmHg); the rules tag her
 * "hyperglycaemia" and "obesity" with their rule version and facts, her diabetes risk is assessed
 * with its model and inputs, her stage moves through first visit to revisit / chronic care (the
 * first exam shows a chronic condition); and a compliance officer asks, in one query, which rule
 * tagged her obesity and on what.
 */
class AutomaticDecisionsJourneyTest extends IntegrationTest {

  @Test
  void aSyncedReportIsTaggedAssessedAndExplained() {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }",
            Map.of(
                "in",
                Map.of(
                    "channel", "EXAM_CENTRE",
                    "name", "王丽",
                    "sex", "FEMALE",
                    "birthDate", BusinessTime.today().minusYears(45).minusDays(3).toString())));
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    String patient = opened.data().at("/openCard/patientId").asString();

    Response record =
        graphQl.post(
            User.DOCTOR,
            "mutation($in: UpdateHealthRecordInput!) { updateHealthRecord(input: $in) { patientId } }",
            Map.of("in", Map.of("patientId", patient, "familyHistory", List.of("母亲 2型糖尿病"))));
    assertThat(record.hasErrors()).as(record.toString()).isFalse();

    Instant now = BusinessTime.now().truncatedTo(ChronoUnit.SECONDS);
    Fhir.Answer synced =
        new Fhir(port)
            .post(
                User.INTEGRATION,
                "Bundle",
                health.journey.app.fhir.SentDocumentsAccess.report(
                    patient,
                    "R-" + UUID.randomUUID(),
                    now,
                    health.journey.app.fhir.SentDocumentsAccess.quantity(
                        "1558-6", "Fasting glucose", "7.4", "mmol/L"),
                    health.journey.app.fhir.SentDocumentsAccess.quantity(
                        "39156-5", "Body mass index", "29", "kg/m2"),
                    health.journey.app.fhir.SentDocumentsAccess.quantity(
                        "8280-0", "Waist circumference", "88", "cm"),
                    health.journey.app.fhir.SentDocumentsAccess.quantity(
                        "8480-6", "Systolic blood pressure", "135", "mm[Hg]")));
    assertThat(synced.status()).as(synced.toString()).isEqualTo(200);

    // the compliance officer's question, in one query
    Response why =
        graphQl.post(
            User.COMPLIANCE,
            """
            query($id: ID!) { patient(id: $id) {
              stage
              tags { name source appliedBy causeEventId
                     rule { code version tag description source actor }
                     facts { kind name value unit effectiveAt sourceEventId } }
              riskAssessments { model modelVersion score scoreUnit band missingInputs
                                inputs { name value unit sourceEventId } }
              advice { itemCode itemVersion category forTag givenBy item { title text source } }
            } }""",
            Map.of("id", patient));
    assertThat(why.hasErrors()).as(why.toString()).isFalse();
    JsonNode shown = why.data().path("patient");

    JsonNode obesity = tag(shown, "obesity");
    assertThat(obesity.path("source").asString()).isEqualTo("RULE");
    assertThat(obesity.at("/rule/code").asString()).isEqualTo("obesity");
    assertThat(obesity.at("/rule/version").asInt()).isEqualTo(1);
    assertThat(obesity.at("/rule/actor").asString()).isEqualTo("rule:obesity@1");
    assertThat(obesity.at("/rule/source").asString()).contains("WS/T 428-2013");
    assertThat(obesity.path("appliedBy").asString()).isEqualTo("rule:obesity@1");
    JsonNode bmi = obesity.at("/facts/0");
    assertThat(bmi.path("name").asString()).isEqualTo("BMI");
    assertThat(new BigDecimal(bmi.path("value").asString())).isEqualByComparingTo("29");
    assertThat(bmi.path("unit").asString()).isEqualTo("kg/m2");
    assertThat(bmi.path("sourceEventId").asString()).isNotBlank();

    JsonNode glucose = tag(shown, "hyperglycaemia");
    assertThat(glucose.at("/rule/code").asString()).isEqualTo("hyperglycaemia");
    assertThat(glucose.at("/facts/0/name").asString()).isEqualTo("FASTING_GLUCOSE");
    assertThat(new BigDecimal(glucose.at("/facts/0/value").asString())).isEqualByComparingTo("7.4");
    assertThat(glucose.at("/facts/0/sourceEventId").asString())
        .isEqualTo(bmi.path("sourceEventId").asString());
    assertThat(glucose.path("causeEventId").asString())
        .isEqualTo(bmi.path("sourceEventId").asString());
    assertThat(names(shown)).contains("diabetic-range glucose", "central obesity");
    assertThat(names(shown)).doesNotContain("hypertension", "overweight");

    // her first exam is her first visit, and its diabetic-range glucose is a chronic condition
    assertThat(shown.path("stage").asString()).isEqualTo("REVISIT");

    JsonNode diabetes = null;
    for (JsonNode risk : shown.path("riskAssessments")) {
      if (risk.path("model").asString().equals("chinese-diabetes-risk-score")) {
        diabetes = risk;
      }
    }
    assertThat(diabetes).as("a diabetes risk assessment").isNotNull();
    assertThat(diabetes.path("modelVersion").asString())
        .isEqualTo("chinese-diabetes-risk-score@2013");
    assertThat(diabetes.path("score").isNull()).isFalse();
    assertThat(diabetes.path("band").asString()).isIn("HIGH", "BELOW_THRESHOLD");
    assertThat(diabetes.path("missingInputs")).isEmpty();
    List<String> inputs = new ArrayList<>();
    diabetes.path("inputs").forEach(i -> inputs.add(i.path("name").asString()));
    assertThat(inputs).contains("WAIST", "BMI", "SYSTOLIC_BP", "family_history_of_diabetes");

    // advice chosen by the items' rules from her tags, each naming its rule version
    List<String> advice = new ArrayList<>();
    for (JsonNode given : shown.path("advice")) {
      advice.add(given.path("itemCode").asString());
      assertThat(given.path("givenBy").asString())
          .isEqualTo("rule:advice/" + given.path("itemCode").asString() + "@1");
      assertThat(given.at("/item/text").asString()).isNotBlank();
    }
    assertThat(advice).contains("weight-diet", "physical-activity", "glucose-diet");
    assertThat(advice).doesNotContain("low-salt", "quit-smoking");

    // operations staff see the tag and which rule set it, not the clinical facts behind it
    Response masked =
        graphQl.post(
            User.OPERATIONS,
            "query($id: ID!) { patient(id: $id) { tags { name source rule { code } facts { value } } } }",
            Map.of("id", patient));
    assertThat(masked.data().at("/patient")).isNotNull();
    assertThat(masked.toString()).contains("obesity").doesNotContain("\"value\":29");
  }

  private static JsonNode tag(JsonNode patient, String name) {
    for (JsonNode tag : patient.path("tags")) {
      if (tag.path("name").asString().equals(name)) {
        return tag;
      }
    }
    throw new AssertionError("no tag " + name + " in " + patient.path("tags"));
  }

  private static List<String> names(JsonNode patient) {
    List<String> names = new ArrayList<>();
    patient.path("tags").forEach(t -> names.add(t.path("name").asString()));
    return names;
  }
}
