package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.platform.personaldata.JdbcSubjectKeys;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The API as a client sees it: journeys recorded and read back over HTTP GraphQL, on the real
 * stack.
 */
class PatientJourneyApiTest extends IntegrationTest {

  private static final String OPEN_CARD =
      """
      mutation($in: OpenCardInput!) {
        openCard(input: $in) {
          patientId clientRequestId
          patient { id cardNumber name phone idNumber sex birthDate stage eventCount
                    consents { purpose status wordingVersion channel } }
        }
      }""";

  private static final String PATIENT =
      """
      query($id: ID!) {
        patient(id: $id) {
          id cardNumber tier channel name phone idNumber sex birthDate age stage eventCount
          tags { name appliedBy appliedByRole reason }
          consents { purpose status wordingVersion channel withdrawalReason }
          timeline(first: 50) { edges { node { sequence kind summary note actor actingRole } } }
        }
      }""";

  private static final String AUDIT =
      """
      query($id: ID!) {
        auditTrail(patientId: $id) {
          sequence eventId eventType revision recordedAt actorType actor actingRole
          correlationId causationId clientRequestId payload
        }
      }""";

  @Autowired JdbcTemplate jdbc;
  @Autowired JdbcSubjectKeys subjectKeys;

  @Test
  void aJourneyIsRecordedAndEveryStepCanBeReadBack() {
    String id =
        openCard(
            User.CUSTOMER_SERVICE,
            Map.of(
                "channel", "EXAM_CENTRE",
                "name", "王丽",
                "phone", "+86 138-1234-1234",
                "idNumber", "11010519491231002X",
                "consents",
                    List.of(
                        Map.of(
                            "purpose", "DATA_PROCESSING",
                            "channel", "PAPER_FORM",
                            "wordingVersion", "dp-v3"))));

    Response consent =
        mutate(
            User.HEALTH_MANAGER,
            "giveConsent",
            "GiveConsentInput",
            Map.of(
                "patientId", id,
                "purpose", "FOLLOW_UP_CONTACT",
                "channel", "WECHAT",
                "wordingVersion", "fu-v1"));
    assertThat(consent.hasErrors()).as(consent.toString()).isFalse();

    Response tagged =
        mutate(
            User.DOCTOR,
            "applyTag",
            "TagInput",
            Map.of("patientId", id, "tag", "hyperglycaemia", "reason", "fasting glucose 7.4"));
    assertThat(tagged.hasErrors()).as(tagged.toString()).isFalse();
    // read-your-writes: the mutation's own answer already shows the tag
    assertThat(tagged.data().at("/applyTag/patient/tags/0/name").asString())
        .isEqualTo("hyperglycaemia");

    JsonNode patient = patient(User.HEALTH_MANAGER, id);
    assertThat(patient.path("name").asString()).isEqualTo("王丽");
    assertThat(patient.path("phone").asString()).isEqualTo("13812341234");
    assertThat(patient.path("idNumber").asString()).isEqualTo("110***********002X");
    assertThat(patient.path("sex").asString()).isEqualTo("FEMALE");
    assertThat(patient.path("birthDate").asString()).isEqualTo("1949-12-31");
    assertThat(patient.path("stage").asString()).isEqualTo("PROSPECT");
    // the tag, then the advice its rules give: two events the advice rules record
    assertThat(patient.path("eventCount").asInt()).isEqualTo(6);
    assertThat(patient.at("/tags/0/appliedBy").asString()).isEqualTo("dr.wang");
    assertThat(patient.at("/tags/0/appliedByRole").asString()).isEqualTo("DOCTOR");
    assertThat(patient.at("/tags/0/reason").asString()).isEqualTo("fasting glucose 7.4");
    assertThat(consentStatus(patient, "DATA_PROCESSING")).isEqualTo("GIVEN");
    assertThat(consentStatus(patient, "FOLLOW_UP_CONTACT")).isEqualTo("GIVEN");
    assertThat(consentStatus(patient, "MARKETING")).isEqualTo("NOT_GIVEN");

    List<String> timeline = new ArrayList<>();
    patient
        .at("/timeline/edges")
        .forEach(
            e ->
                timeline.add(
                    e.at("/node/kind").asString() + " by " + e.at("/node/actor").asString()));
    assertThat(timeline)
        .containsExactly(
            "CARD_OPENED by cs.zhao",
            "CONSENT_GIVEN by cs.zhao",
            "CONSENT_GIVEN by hm.li",
            "TAG_APPLIED by dr.wang",
            "ADVICE_GIVEN by rule:advice/glucose-diet@1",
            "ADVICE_GIVEN by rule:advice/physical-activity@1");

    JsonNode audit = audit(id);
    assertThat(audit).hasSize(6);
    List<String> entries = new ArrayList<>();
    audit.forEach(
        e ->
            entries.add(
                e.path("sequence").asInt()
                    + " "
                    + e.path("eventType").asString()
                    + " "
                    + e.path("actorType").asString()
                    + ":"
                    + e.path("actor").asString()
                    + "/"
                    + e.path("actingRole").asString()));
    assertThat(entries)
        .containsExactly(
            "0 CardOpened USER:cs.zhao/CUSTOMER_SERVICE",
            "1 ConsentGiven USER:cs.zhao/CUSTOMER_SERVICE",
            "2 ConsentGiven USER:hm.li/HEALTH_MANAGER",
            "3 TagApplied USER:dr.wang/DOCTOR",
            "4 AdviceGiven RULE:rule:advice/glucose-diet@1/",
            "5 AdviceGiven RULE:rule:advice/physical-activity@1/");
    // the card and its enrolment consent came from one request: one correlation id
    assertThat(audit.path(0).path("correlationId").asString())
        .isEqualTo(audit.path(1).path("correlationId").asString())
        .isNotEqualTo(audit.path(2).path("correlationId").asString());
    assertThat(audit.path(3).path("payload").asString())
        .contains("\"tag\":\"hyperglycaemia\"")
        .contains("\"reason\":\"[text withheld]\"");
    assertThat(audit.path(0).path("payload").asString())
        .contains("\"name\":\"王*\"")
        .doesNotContain("王丽");
  }

  @Test
  void personalDataIsSealedInTheEventStoreAndReadableOtherwise() {
    String id =
        openCard(
            User.CUSTOMER_SERVICE,
            Map.of("channel", "WALK_IN", "name", "赵建国", "phone", "13900001111"));
    List<String> payloads =
        jdbc.queryForList(
            "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
            String.class,
            id);
    assertThat(payloads).hasSize(1);
    assertThat(payloads.get(0))
        .contains("\"channel\":\"WALK_IN\"")
        .contains("\"kind\":\"PHONE\"")
        .contains("\"sealed\":\"v1.")
        .doesNotContain("赵建国")
        .doesNotContain("13900001111");
    String summary =
        jdbc.queryForObject(
            "SELECT coalesce(name_sealed, '') || phone_sealed FROM patient_summary WHERE patient_id = ?::uuid",
            String.class,
            id);
    assertThat(summary).doesNotContain("赵建国").doesNotContain("13900001111");
  }

  @Test
  void erasedPersonalDataReadsAsErasedWhileTheJourneyGoesOn() {
    String id =
        openCard(
            User.CUSTOMER_SERVICE,
            Map.of("channel", "WALK_IN", "name", "孙小美", "phone", "13700002222"));

    subjectKeys.destroy(id);

    JsonNode patient = patient(User.HEALTH_MANAGER, id);
    assertThat(patient.path("name").asString()).isEqualTo("[erased]");
    assertThat(patient.path("phone").asString()).isEqualTo("[erased]");
    // the aggregate still loads and takes commands that carry no new personal data about the person
    Response stage =
        mutate(
            User.HEALTH_MANAGER,
            "giveConsent",
            "GiveConsentInput",
            Map.of(
                "patientId",
                id,
                "purpose",
                "MARKETING",
                "channel",
                "APP",
                "wordingVersion",
                "mk-1"));
    assertThat(stage.hasErrors()).as(stage.toString()).isFalse();
    assertThat(audit(id).path(0).path("payload").asString()).contains("\"name\":\"[erased]\"");
    // new personal data for an erased person is refused
    Response tag =
        mutate(
            User.HEALTH_MANAGER,
            "applyTag",
            "TagInput",
            Map.of("patientId", id, "tag", "vip", "reason", "asked for it"));
    assertThat(tag.classification()).isEqualTo("RULE_VIOLATION");
    assertThat(tag.errors().path(0).at("/extensions/code").asString()).isEqualTo("PATIENT_ERASED");
  }

  @Test
  void badInputIsRefusedWithAClearErrorAndChangesNothing() {
    String id = openCard(User.CUSTOMER_SERVICE, Map.of("channel", "PHONE", "name", "钱进"));
    long eventsBefore = totalEvents();

    Response malformed =
        mutate(
            User.HEALTH_MANAGER,
            "applyTag",
            "TagInput",
            Map.of("patientId", "12345", "tag", "smoker", "reason", "x"));
    assertThat(malformed.classification()).isEqualTo("BAD_REQUEST");
    assertThat(malformed.message()).contains("patientId").contains("not a patient id");
    assertThat(malformed.errors().path(0).at("/extensions/field").asString())
        .isEqualTo("patientId");

    Response unknown =
        mutate(
            User.HEALTH_MANAGER,
            "applyTag",
            "TagInput",
            Map.of("patientId", UUID.randomUUID().toString(), "tag", "smoker", "reason", "x"));
    assertThat(unknown.classification()).isEqualTo("NOT_FOUND");
    assertThat(unknown.message()).startsWith("No patient with id ");

    String nobody = UUID.randomUUID().toString();
    Response unknownTimeline =
        graphQl.post(
            User.HEALTH_MANAGER,
            "query($id: ID!) { patientTimeline(patientId: $id) { edges { cursor } } }",
            Map.of("id", nobody));
    assertThat(unknownTimeline.classification()).isEqualTo("NOT_FOUND");
    Response unknownAudit = graphQl.post(User.COMPLIANCE, AUDIT, Map.of("id", nobody));
    assertThat(unknownAudit.classification()).isEqualTo("NOT_FOUND");
    assertThat(
            graphQl
                .post(User.HEALTH_MANAGER, PATIENT, Map.of("id", nobody))
                .data()
                .path("patient")
                .isNull())
        .as("an unknown patient reads as null")
        .isTrue();

    Response missingField =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation { applyTag(input: {patientId: \""
                + id
                + "\", reason: \"x\"}) { patientId } }");
    assertThat(missingField.classification()).isEqualTo("ValidationError");
    assertThat(missingField.message()).contains("tag");

    Response blankReason =
        mutate(
            User.HEALTH_MANAGER,
            "applyTag",
            "TagInput",
            Map.of("patientId", id, "tag", "smoker", "reason", "   "));
    assertThat(blankReason.classification()).isEqualTo("BAD_REQUEST");
    assertThat(blankReason.message()).isEqualTo("reason is required");

    Response ruleViolation =
        mutate(
            User.HEALTH_MANAGER,
            "removeTag",
            "TagInput",
            Map.of("patientId", id, "tag", "smoker", "reason", "mistake"));
    assertThat(ruleViolation.classification()).isEqualTo("RULE_VIOLATION");
    assertThat(ruleViolation.errors().path(0).at("/extensions/code").asString())
        .isEqualTo("TAG_NOT_APPLIED");

    Response neverGiven =
        mutate(
            User.HEALTH_MANAGER,
            "withdrawConsent",
            "WithdrawConsentInput",
            Map.of("patientId", id, "purpose", "MARKETING", "channel", "APP"));
    assertThat(neverGiven.errors().path(0).at("/extensions/code").asString())
        .isEqualTo("CONSENT_NOT_GIVEN");

    Response badPhone =
        openCardResponse(
            User.CUSTOMER_SERVICE, Map.of("channel", "PHONE", "name", "李四", "phone", "12345"));
    assertThat(badPhone.classification()).isEqualTo("BAD_REQUEST");
    assertThat(badPhone.errors().path(0).at("/extensions/field").asString()).isEqualTo("phone");

    Response badIdNumber =
        openCardResponse(
            User.CUSTOMER_SERVICE,
            Map.of("channel", "PHONE", "name", "李四", "idNumber", "110105194912310021"));
    assertThat(badIdNumber.classification()).isEqualTo("BAD_REQUEST");
    assertThat(badIdNumber.message()).contains("check digit");

    Response secondCard =
        openCardResponse(
            User.CUSTOMER_SERVICE, Map.of("patientId", id, "channel", "PHONE", "name", "钱进"));
    assertThat(secondCard.errors().path(0).at("/extensions/code").asString())
        .isEqualTo("CARD_ALREADY_OPENED");

    Response badStage =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation { changeLifecycleStage(input: {patientId: \""
                + id
                + "\", stage: NOWHERE, reason: \"x\"}) { patientId } }");
    assertThat(badStage.classification()).isEqualTo("ValidationError");

    // times and dates PostgreSQL cannot store would hold up the projection: refused at the door
    Response ancient =
        mutate(
            User.HEALTH_MANAGER,
            "applyTag",
            "TagInput",
            Map.of(
                "patientId", id,
                "tag", "smoker",
                "reason", "x",
                "occurredAt", "-999999999-01-01T00:00:00Z"));
    assertThat(ancient.classification()).isEqualTo("BAD_REQUEST");
    assertThat(ancient.message()).isEqualTo("occurredAt must be on or after 1900-01-01");
    Response future =
        mutate(
            User.HEALTH_MANAGER,
            "applyTag",
            "TagInput",
            Map.of(
                "patientId", id,
                "tag", "smoker",
                "reason", "x",
                "occurredAt", "+999999999-12-31T23:59:59Z"));
    assertThat(future.message()).isEqualTo("occurredAt cannot be in the future");
    Response bornBefore1900 =
        openCardResponse(
            User.CUSTOMER_SERVICE,
            Map.of("channel", "PHONE", "name", "李四", "birthDate", "-999999999-01-01"));
    assertThat(bornBefore1900.message()).isEqualTo("birthDate must be on or after 1900-01-01");
    // a decimal PostgreSQL cannot store (more than 16,383 decimal places) is refused as well
    Response endlessDecimal =
        mutate(
            User.HEALTH_MANAGER,
            "updateHealthRecord",
            "UpdateHealthRecordInput",
            Map.of("patientId", id, "lifestyle", Map.of("sleepHoursPerNight", "1e-100000")));
    assertThat(endlessDecimal.classification()).isEqualTo("ValidationError");
    assertThat(endlessDecimal.message())
        .contains("a Decimal has at most 12 digits before the point and 6 after it");

    // a lone UTF-16 surrogate has no UTF-8 form; it would be stored as '?', silently changed
    Response loneSurrogate =
        graphQl.send(
            User.HEALTH_MANAGER,
            """
            {"query": "mutation($in: TagInput!) { applyTag(input: $in) { patientId } }",
             "variables": {"in": {"patientId": "%s", "tag": "smok\\ud800er", "reason": "x"}}}"""
                .formatted(id),
            "application/json");
    assertThat(loneSurrogate.classification()).isEqualTo("BAD_REQUEST");
    assertThat(loneSurrogate.message())
        .isEqualTo("tag is not valid Unicode text (it contains an unpaired surrogate)");

    for (Response r :
        List.of(
            malformed,
            unknown,
            missingField,
            blankReason,
            ruleViolation,
            neverGiven,
            badPhone,
            badIdNumber,
            secondCard,
            badStage,
            ancient,
            future,
            bornBefore1900,
            endlessDecimal,
            loneSurrogate)) {
      String body = r.body().toString();
      assertThat(body)
          .doesNotContain("Exception")
          .doesNotContain("SELECT")
          .doesNotContain("at health.");
    }
    assertThat(totalEvents()).isEqualTo(eventsBefore);
  }

  @Test
  void aCardNumberBelongsToOnePatient() {
    String card = "PJ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    openCard(User.CUSTOMER_SERVICE, Map.of("cardNumber", card, "channel", "APP", "name", "甲"));
    Response taken =
        openCardResponse(
            User.CUSTOMER_SERVICE, Map.of("cardNumber", card, "channel", "APP", "name", "乙"));
    assertThat(taken.errors().path(0).at("/extensions/code").asString())
        .isEqualTo("CARD_NUMBER_TAKEN");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM patient_summary WHERE card_number = ?", Long.class, card))
        .isEqualTo(1);
  }

  @Test
  void aRetriedRequestIsAnsweredOnceAndStoredOnce() {
    String requestId = UUID.randomUUID().toString();
    Map<String, Object> input = new HashMap<>();
    input.put("channel", "WECHAT");
    input.put("name", "周末");
    input.put("clientRequestId", requestId);
    Response first = openCardResponse(User.CUSTOMER_SERVICE, input);
    Response again = openCardResponse(User.CUSTOMER_SERVICE, input);
    String id = first.data().at("/openCard/patientId").asString();
    assertThat(again.data().at("/openCard/patientId").asString()).isEqualTo(id);
    assertThat(again.data().at("/openCard/patient/cardNumber").asString())
        .isEqualTo(first.data().at("/openCard/patient/cardNumber").asString());
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE convert_from(metadata, 'UTF8') LIKE ?",
                Long.class,
                "%" + requestId + "%"))
        .isEqualTo(1);

    input.put("name", "周一");
    Response different = openCardResponse(User.CUSTOMER_SERVICE, input);
    assertThat(different.classification()).isEqualTo("BAD_REQUEST");
    assertThat(different.message()).contains("already used for a different request");
  }

  @Test
  void patientsAreFilteredByTagAndStageAndPagedWithCursors() {
    String tag = "cohort-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id =
          openCard(
              User.CUSTOMER_SERVICE,
              Map.of(
                  "channel",
                  "CORPORATE",
                  "name",
                  "员工" + i,
                  "stage",
                  i < 3 ? "REVISIT" : "PROSPECT"));
      mutate(
          User.HEALTH_MANAGER,
          "applyTag",
          "TagInput",
          Map.of("patientId", id, "tag", tag, "reason", "corporate screening"));
      ids.add(id);
    }
    String query =
        """
        query($filter: PatientFilter, $after: String) {
          patients(filter: $filter, first: 2, after: $after) {
            totalCount edges { cursor node { id stage } } pageInfo { hasNextPage endCursor }
          }
        }""";
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      Map<String, Object> variables = new HashMap<>();
      variables.put("filter", Map.of("tag", tag));
      variables.put("after", after);
      Response page = graphQl.post(User.OPERATIONS, query, variables);
      assertThat(page.hasErrors()).as(page.toString()).isFalse();
      JsonNode patients = page.data().path("patients");
      assertThat(patients.path("totalCount").asInt()).isEqualTo(5);
      patients.path("edges").forEach(e -> seen.add(e.at("/node/id").asString()));
      after =
          patients.at("/pageInfo/hasNextPage").asBoolean()
              ? patients.at("/pageInfo/endCursor").asString()
              : null;
      pages++;
    } while (after != null);
    assertThat(pages).isEqualTo(3);
    // newest card first
    List<String> newestFirst = new ArrayList<>(ids);
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);

    Response revisit =
        graphQl.post(
            User.OPERATIONS, query, Map.of("filter", Map.of("tag", tag, "stage", "REVISIT")));
    assertThat(revisit.data().at("/patients/totalCount").asInt()).isEqualTo(3);

    Response badCursor =
        graphQl.post(
            User.OPERATIONS, query, Map.of("filter", Map.of("tag", tag), "after", "bm9wZQ"));
    assertThat(badCursor.classification()).isEqualTo("BAD_REQUEST");
    assertThat(badCursor.message()).isEqualTo("after is not a cursor from this list");
  }

  @Test
  void eachRoleSeesWhatItsWorkNeeds() {
    String id =
        openCard(
            User.CUSTOMER_SERVICE, Map.of("channel", "APP", "name", "郑秀英", "phone", "13612345678"));
    mutate(
        User.HEALTH_MANAGER,
        "updateHealthRecord",
        "UpdateHealthRecordInput",
        Map.of("patientId", id, "notes", "lives alone", "allergies", List.of("penicillin")));

    JsonNode ops = patient(User.OPERATIONS, id);
    assertThat(ops.path("name").asString()).isEqualTo("郑**");
    assertThat(ops.path("phone").asString()).isEqualTo("136****5678");
    JsonNode doctor = patient(User.DOCTOR, id);
    assertThat(doctor.path("name").asString()).isEqualTo("郑秀英");

    String record = "query($id: ID!) { patient(id: $id) { healthRecord { allergies notes } } }";
    Response forDoctor = graphQl.post(User.DOCTOR, record, Map.of("id", id));
    assertThat(forDoctor.data().at("/patient/healthRecord/notes").asString())
        .isEqualTo("lives alone");
    Response forService = graphQl.post(User.CUSTOMER_SERVICE, record, Map.of("id", id));
    assertThat(forService.classification()).isEqualTo("FORBIDDEN");

    Response opsWrite =
        mutate(
            User.OPERATIONS,
            "applyTag",
            "TagInput",
            Map.of("patientId", id, "tag", "campaign", "reason", "x"));
    assertThat(opsWrite.classification()).isEqualTo("FORBIDDEN");
    Response doctorAudit = graphQl.post(User.DOCTOR, AUDIT, Map.of("id", id));
    assertThat(doctorAudit.classification()).isEqualTo("FORBIDDEN");

    assertThat(graphQl.post(null, "{ __typename }").status()).isEqualTo(401);
    assertThat(graphQl.post(new User("hm.li", "wrong"), "{ __typename }").status()).isEqualTo(401);
  }

  private String openCard(User user, Map<String, Object> input) {
    Response response = openCardResponse(user, input);
    assertThat(response.hasErrors()).as(response.toString()).isFalse();
    return response.data().at("/openCard/patientId").asString();
  }

  private Response openCardResponse(User user, Map<String, Object> input) {
    return graphQl.post(user, OPEN_CARD, Map.of("in", input));
  }

  private Response mutate(User user, String mutation, String inputType, Map<String, Object> input) {
    String document =
        "mutation($in: "
            + inputType
            + "!) { "
            + mutation
            + "(input: $in) { patientId patient { id tags { name } } } }";
    return graphQl.post(user, document, Map.of("in", input));
  }

  private JsonNode patient(User user, String id) {
    Response response = graphQl.post(user, PATIENT, Map.of("id", id));
    assertThat(response.hasErrors()).as(response.toString()).isFalse();
    return response.data().path("patient");
  }

  private JsonNode audit(String id) {
    Response response = graphQl.post(User.COMPLIANCE, AUDIT, Map.of("id", id));
    assertThat(response.hasErrors()).as(response.toString()).isFalse();
    return response.data().path("auditTrail");
  }

  private static String consentStatus(JsonNode patient, String purpose) {
    for (JsonNode consent : patient.path("consents")) {
      if (consent.path("purpose").asString().equals(purpose)) {
        return consent.path("status").asString();
      }
    }
    return null;
  }

  private long totalEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }
}
