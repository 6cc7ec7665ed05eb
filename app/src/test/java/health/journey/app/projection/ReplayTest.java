package health.journey.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.consent.ConsentReadModel;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every read model can always be dropped and rebuilt from the events, and comes back the same. */
class ReplayTest extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Every projection of the patient read models, each rebuilt on its own. */
  private static final List<String> PROJECTIONS =
      List.of(
          PatientReadModel.PROCESSING_GROUP,
          PatientReadModel.HEALTH_RECORD_PROCESSING_GROUP,
          ConsentReadModel.PROCESSING_GROUP,
          TaggingReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  private static final String SNAPSHOT =
      "SELECT string_agg(t::text, '|' ORDER BY t::text) FROM %s t";

  @Autowired JdbcTemplate jdbc;

  @Test
  void theProjectionIsRebuiltFromTheEventStoreExactlyAsItWas() throws Exception {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: REFERRAL, name: \"韩梅梅\", consents: [{purpose: MARKETING,"
                + " channel: APP, wordingVersion: \"mk-1\"}]}) { patientId } }");
    String id = opened.data().at("/openCard/patientId").asString();
    graphQl.post(
        User.HEALTH_MANAGER,
        "mutation($id: ID!) { applyTag(input: {patientId: $id, tag: \"gout\", reason: \"uric acid 520\"}) { patientId } }",
        Map.of("id", id));
    graphQl.post(
        User.HEALTH_MANAGER,
        "mutation($id: ID!) { updateHealthRecord(input: {patientId: $id, allergies: [\"penicillin\"],"
            + " notes: \"lives alone\", lifestyle: {smoking: CURRENT, cigarettesPerDay: 10}}) { patientId } }",
        Map.of("id", id));
    graphQl.post(
        User.HEALTH_MANAGER,
        "mutation($id: ID!) { updateHealthRecord(input: {patientId: $id, measurements: {heightCm: 170,"
            + " weightKg: 80}}) { patientId } }",
        Map.of("id", id));
    graphQl.post(
        User.HEALTH_MANAGER,
        "mutation($id: ID!) { withdrawConsent(input: {patientId: $id, purpose: MARKETING, channel: APP,"
            + " reason: \"no thanks\"}) { patientId } }",
        Map.of("id", id));

    List<String> tables =
        List.of(
            "patient_summary",
            "patient_tag",
            "tagging_patient",
            "patient_consent",
            "patient_health_record",
            "patient_timeline_entry");
    Map<String, String> before = snapshot(tables);
    // the health record is held sealed, and reads back through the API
    assertThat(before.get("patient_health_record"))
        .contains(",v1.")
        .doesNotContain("penicillin")
        .doesNotContain("CURRENT");
    assertThat(healthRecord(id)).isEqualTo("[\"penicillin\"] CURRENT 10 170 80 lives alone");

    for (String group : PROJECTIONS) {
      JsonNode accepted = JSON.readTree(admin("POST", "/admin/processors/" + group + "/replay"));
      assertThat(accepted.path("name").asString()).isEqualTo(group);
    }
    for (String group : PROJECTIONS) {
      awaitCaughtUp(group);
    }

    assertThat(snapshot(tables)).isEqualTo(before);
    assertThat(healthRecord(id)).isEqualTo("[\"penicillin\"] CURRENT 10 170 80 lives alone");
    // and it goes on projecting new events after the replay
    Response tagged =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($id: ID!) { applyTag(input: {patientId: $id, tag: \"diet\", reason: \"low purine\"})"
                + " { patient { tags { name } } } }",
            Map.of("id", id));
    // the tags people set, and those the default rules set on the record (a smoker, BMI 27.7)
    assertThat(tagged.data().at("/applyTag/patient/tags").findValuesAsString("name"))
        .containsExactlyInAnyOrder("gout", "diet", "smoker", "overweight");
  }

  private String healthRecord(String id) {
    Response read =
        graphQl.post(
            User.DOCTOR,
            "query($id: ID!) { patient(id: $id) { healthRecord { allergies notes"
                + " lifestyle { smoking cigarettesPerDay } measurements { heightCm weightKg } } } }",
            Map.of("id", id));
    assertThat(read.hasErrors()).as(read.toString()).isFalse();
    JsonNode record = read.data().at("/patient/healthRecord");
    return record.path("allergies")
        + " "
        + record.at("/lifestyle/smoking").asString()
        + " "
        + record.at("/lifestyle/cigarettesPerDay").asInt()
        + " "
        + record.at("/measurements/heightCm").asInt()
        + " "
        + record.at("/measurements/weightKg").asInt()
        + " "
        + record.path("notes").asString();
  }

  private Map<String, String> snapshot(List<String> tables) {
    Map<String, String> rows = new java.util.LinkedHashMap<>();
    for (String table : tables) {
      rows.put(table, jdbc.queryForObject(String.format(SNAPSHOT, table), String.class));
    }
    return rows;
  }

  private void awaitCaughtUp(String group) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = JSON.readTree(admin("GET", "/admin/processors/" + group));
      if (status.path("caughtUp").asBoolean()) {
        return;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
    }
    throw new AssertionError("the replay did not finish");
  }
}
