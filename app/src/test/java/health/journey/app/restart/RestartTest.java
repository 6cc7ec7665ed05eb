package health.journey.app.restart;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.PatientJourneyApplication;
import health.journey.app.support.GraphQl;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The default run keeps its data: the application is stopped and started again on the same data
 * directory, with its own embedded PostgreSQL each time, and everything written before is there
 * after.
 */
class RestartTest {

  private static final String PATIENT =
      """
      query($id: ID!) {
        patient(id: $id) { id cardNumber name stage eventCount tags { name } consents { purpose status } }
      }""";

  @Test
  void eventsAndProjectionsSurviveARestart(@TempDir Path dataDir) {
    String id;
    JsonNode before;
    JsonNode auditBefore;
    try (ConfigurableApplicationContext first = start(dataDir)) {
      GraphQl api = new GraphQl(port(first));
      Response opened =
          api.post(
              User.CUSTOMER_SERVICE,
              "mutation { openCard(input: {channel: WALK_IN, name: \"冯刚\", consents: [{purpose: DATA_PROCESSING,"
                  + " channel: PAPER_FORM, wordingVersion: \"dp-v3\"}]}) { patientId } }");
      id = opened.data().at("/openCard/patientId").asString();
      api.post(
          User.HEALTH_MANAGER,
          "mutation($id: ID!) { applyTag(input: {patientId: $id, tag: \"hypertension\", reason: \"BP 150/95\"})"
              + " { patientId } }",
          Map.of("id", id));
      before = api.post(User.HEALTH_MANAGER, PATIENT, Map.of("id", id)).data().path("patient");
      auditBefore = audit(api, id);
      // card, consent, tag and the advice the tag calls for
      assertThat(before.path("eventCount").asInt()).isEqualTo(5);
    }
    assertThat(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid")))
        .as("PostgreSQL stopped with the application")
        .isFalse();

    try (ConfigurableApplicationContext second = start(dataDir)) {
      GraphQl api = new GraphQl(port(second));
      JsonNode after =
          api.post(User.HEALTH_MANAGER, PATIENT, Map.of("id", id)).data().path("patient");
      assertThat(after).isEqualTo(before);
      assertThat(after.path("name").asString()).isEqualTo("冯刚");
      assertThat(audit(api, id)).isEqualTo(auditBefore);

      // the projection agrees with the event store, and the journey goes on
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      long stored =
          jdbc.queryForObject(
              "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
              Long.class,
              id);
      assertThat(after.path("eventCount").asLong()).isEqualTo(stored);
      Response more =
          api.post(
              User.HEALTH_MANAGER,
              "mutation($id: ID!) { removeTag(input: {patientId: $id, tag: \"hypertension\", reason: \"controlled\"})"
                  + " { patient { eventCount tags { name } } } }",
              Map.of("id", id));
      // the removal, and the two pieces of advice no tag calls for any more withdrawn
      assertThat(more.data().at("/removeTag/patient/eventCount").asInt()).isEqualTo(8);
      assertThat(more.data().at("/removeTag/patient/tags")).isEmpty();
    }
  }

  private static JsonNode audit(GraphQl api, String id) {
    return api.post(
            User.COMPLIANCE,
            "query($id: ID!) { auditTrail(patientId: $id) { sequence eventId eventType actor recordedAt payload } }",
            Map.of("id", id))
        .data()
        .path("auditTrail");
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(PatientJourneyApplication.class)
        .run(
            "--journey.data-dir=" + dataDir,
            "--journey.database.embedded.port=0",
            "--server.port=0",
            "--spring.main.banner-mode=off");
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }
}
