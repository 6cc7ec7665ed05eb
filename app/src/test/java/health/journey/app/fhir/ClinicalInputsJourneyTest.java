package health.journey.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.BusinessTime;
import health.journey.app.support.Fhir;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The first example journey of the domain, over the API up to where the rules take over: an exam
 * package on offer, a 45-year-old woman's card opened with her consents, her exam booked, her
 * report synced as a FHIR bundle (fasting glucose 7.4 mmol/L, BMI 29), her indicators and their
 * trend over two years' reports (the earlier one in US units), and her PHQ-9 answered and scored.
 */
class ClinicalInputsJourneyTest extends IntegrationTest {

  @Test
  void examBookedCardOpenedReportSyncedTrendVisiblePhq9Scored() {
    String packageCode = "female-annual-" + UUID.randomUUID().toString().substring(0, 8);
    Response defined =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: DefineExamPackageInput!) { defineExamPackage(input: $in) { code examPackage { code dailyCapacity sex retired } } }",
            Map.of(
                "in",
                Map.of(
                    "code",
                    packageCode,
                    "name",
                    "女性年度体检",
                    "items",
                    List.of("血常规", "空腹血糖", "血脂四项", "乳腺彩超"),
                    "priceYuan",
                    "899.00",
                    "sex",
                    "FEMALE",
                    "minAge",
                    18,
                    "dailyCapacity",
                    30)));
    assertThat(defined.hasErrors()).as(defined.toString()).isFalse();
    assertThat(defined.data().at("/defineExamPackage/examPackage/sex").asString())
        .isEqualTo("FEMALE");

    LocalDate birthDate = BusinessTime.today().minusYears(45).minusDays(10);
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId patient { age consents { purpose status } } } }",
            Map.of(
                "in",
                Map.of(
                    "channel",
                    "EXAM_CENTRE",
                    "name",
                    "王丽",
                    "sex",
                    "FEMALE",
                    "birthDate",
                    birthDate.toString(),
                    "consents",
                    List.of(
                        Map.of(
                            "purpose",
                            "DATA_PROCESSING",
                            "channel",
                            "PAPER_FORM",
                            "wordingVersion",
                            "dp-v3"),
                        Map.of(
                            "purpose",
                            "FOLLOW_UP_CONTACT",
                            "channel",
                            "PAPER_FORM",
                            "wordingVersion",
                            "fu-v1")))));
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    String patient = opened.data().at("/openCard/patientId").asString();
    assertThat(opened.data().at("/openCard/patient/age").asInt()).isEqualTo(45);

    LocalDate examDay = BusinessTime.today().plusDays(7);
    Response booked =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: BookExamInput!) { bookExam(input: $in) { bookingId booking { status date packageCode } } }",
            Map.of(
                "in",
                Map.of(
                    "patientId", patient, "packageCode", packageCode, "date", examDay.toString())));
    assertThat(booked.hasErrors()).as(booked.toString()).isFalse();
    String bookingId = booked.data().at("/bookExam/bookingId").asString();
    assertThat(booked.data().at("/bookExam/booking/status").asString()).isEqualTo("BOOKED");

    // a year ago, at another centre, in US units: 112 mg/dL is 6.22 mmol/L
    Fhir fhir = new Fhir(port);
    Instant lastYear =
        BusinessTime.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Fhir.Answer earlier =
        fhir.post(
            User.INTEGRATION,
            "Bundle",
            SentDocuments.report(
                patient,
                "R-" + UUID.randomUUID(),
                "final",
                lastYear,
                null,
                SentDocuments.quantity(
                    "1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", "112", "mg/dL"),
                SentDocuments.quantity(
                    "39156-5", "Body mass index (BMI) [Ratio]", "27.5", "kg/m2")));
    assertThat(earlier.status()).as(earlier.toString()).isEqualTo(200);

    Instant now = BusinessTime.now().truncatedTo(ChronoUnit.SECONDS);
    String identifier = "R-" + UUID.randomUUID();
    String bundle =
        SentDocuments.report(
            patient,
            identifier,
            "final",
            now,
            bookingId,
            SentDocuments.quantity(
                "1558-6", "Fasting glucose [Moles/volume] in Serum or Plasma", "7.4", "mmol/L"),
            SentDocuments.quantity("39156-5", "Body mass index (BMI) [Ratio]", "29", "kg/m2"));
    Fhir.Answer synced = fhir.post(User.INTEGRATION, "Bundle", bundle);
    assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
    assertThat(synced.diagnostics())
        .anyMatch(d -> d.contains("imported as exam report") && d.contains("2 value(s)"));

    JsonNode record =
        read(
            patient,
            """
            examBookings { bookingId status reportId }
            examReports { reportId identifier status valueCount bookingId title }
            indicators(abnormalOnly: true) { indicator code value unit flag originalValue originalUnit }
            glucose: indicatorSeries(indicator: "FASTING_GLUCOSE") {
              values { value originalValue originalUnit effectiveAt } min max direction
              yearOverYear { year value change } }
            bmi: indicatorSeries(indicator: "39156-5") { values { value } direction }
            consents { purpose status }""");

    JsonNode report =
        first(record.path("examReports"), r -> r.path("identifier").asString().equals(identifier));
    assertThat(report.path("valueCount").asInt()).isEqualTo(2);
    assertThat(report.path("bookingId").asString()).isEqualTo(bookingId);
    assertThat(report.path("title").asString()).isEqualTo("年度体检报告");
    assertThat(record.at("/examBookings/0/reportId").asString())
        .isEqualTo(report.path("reportId").asString());

    JsonNode glucose =
        first(
            record.path("indicators"),
            v -> v.path("indicator").asString().equals("FASTING_GLUCOSE"));
    assertThat(decimal(glucose.path("value"))).isEqualByComparingTo("7.4");
    assertThat(glucose.path("unit").asString()).isEqualTo("mmol/L");
    assertThat(glucose.path("flag").asString()).isEqualTo("HIGH");
    JsonNode bmi =
        first(record.path("indicators"), v -> v.path("indicator").asString().equals("BMI"));
    assertThat(decimal(bmi.path("value"))).isEqualByComparingTo("29");
    assertThat(bmi.path("flag").asString()).isEqualTo("HIGH");

    JsonNode series = record.path("glucose");
    assertThat(series.path("values")).hasSize(2);
    assertThat(decimal(series.at("/values/0/value"))).isEqualByComparingTo("6.22");
    assertThat(decimal(series.at("/values/0/originalValue"))).isEqualByComparingTo("112");
    assertThat(series.at("/values/0/originalUnit").asString()).isEqualTo("mg/dL");
    assertThat(decimal(series.path("min"))).isEqualByComparingTo("6.22");
    assertThat(decimal(series.path("max"))).isEqualByComparingTo("7.4");
    assertThat(series.path("direction").asString()).isEqualTo("UP");
    // 400 days apart: two calendar years, the later 1.18 mmol/L higher
    JsonNode years = series.path("yearOverYear");
    assertThat(years).hasSize(2);
    assertThat(decimal(years.at("/1/change"))).isEqualByComparingTo("1.18");
    assertThat(record.at("/bmi/direction").asString()).isEqualTo("UP");

    List<String> consents = new ArrayList<>();
    record
        .path("consents")
        .forEach(
            c -> consents.add(c.path("purpose").asString() + "=" + c.path("status").asString()));
    assertThat(consents)
        .contains("DATA_PROCESSING=GIVEN", "FOLLOW_UP_CONTACT=GIVEN", "MARKETING=NOT_GIVEN");

    // PHQ-9: items 2,2,1,2,1,1,1,0 and item 9 "several days" → 11, moderate, and a self-harm flag
    String[] codes = {
      "LA6570-1",
      "LA6570-1",
      "LA6569-3",
      "LA6570-1",
      "LA6569-3",
      "LA6569-3",
      "LA6569-3",
      "LA6568-5",
      "LA6569-3"
    };
    String[] items = {
      "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
      "44260-8"
    };
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      answers.add(Map.of("linkId", items[i], "codes", List.of(codes[i])));
    }
    Response answered =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: AnswerQuestionnaireInput!) { answerQuestionnaire(input: $in) { answer { code version score { total bandCode bandLabelZh flags } } } }",
            Map.of("in", Map.of("patientId", patient, "code", "phq-9", "answers", answers)));
    assertThat(answered.hasErrors()).as(answered.toString()).isFalse();
    JsonNode score = answered.data().at("/answerQuestionnaire/answer/score");
    assertThat(score.path("total").asInt()).isEqualTo(11);
    assertThat(score.path("bandCode").asString()).isEqualTo("MODERATE");
    assertThat(score.path("bandLabelZh").asString()).isEqualTo("中度");
    assertThat(score.path("flags").get(0).asString()).isEqualTo("SELF_HARM_RISK");

    // the same bundle again: recognised, nothing stored twice
    // (its entries under new urn:uuid fullUrls, as a sender building it again would give them)
    String resent =
        SentDocuments.report(
            patient,
            identifier,
            "final",
            now,
            bookingId,
            SentDocuments.quantity(
                "1558-6", "Fasting glucose [Moles/volume] in Serum or Plasma", "7.4", "mmol/L"),
            SentDocuments.quantity("39156-5", "Body mass index (BMI) [Ratio]", "29", "kg/m2"));
    Fhir.Answer again = fhir.post(User.INTEGRATION, "Bundle", resent);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.diagnostics()).anyMatch(d -> d.contains("already recorded"));
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

  private static JsonNode first(JsonNode list, java.util.function.Predicate<JsonNode> matching) {
    for (JsonNode node : list) {
      if (matching.test(node)) {
        return node;
      }
    }
    throw new AssertionError("none matching in " + list);
  }

  private static BigDecimal decimal(JsonNode node) {
    return new BigDecimal(node.asString());
  }
}
