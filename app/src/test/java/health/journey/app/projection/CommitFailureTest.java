package health.journey.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch the database refuses at commit (which no column check foresaw) does not stall its segment
 * for ever: after a few retries with backoff, the event the database refuses is parked in the
 * dead-letter queue, and the events after it, of other patients, are projected.
 */
class CommitFailureTest extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TAGS = TaggingReadModel.PROCESSING_GROUP;

  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEventTheDatabaseRefusesIsParkedAndLaterEventsAreProjected() {
    String refused = open("拒绝");
    String other = open("其他");
    jdbc.execute(
        "CREATE OR REPLACE FUNCTION refuse_tag() RETURNS trigger AS $$ BEGIN"
            + " IF NEW.tag = 'refused-at-commit' THEN RAISE EXCEPTION 'refused by a rule of the"
            + " database'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
    jdbc.execute(
        "CREATE TRIGGER refuse_tag BEFORE INSERT OR UPDATE ON patient_tag"
            + " FOR EACH ROW EXECUTE FUNCTION refuse_tag()");
    try {
      // one batch: the refused tag, and after it another patient's tag
      PatientId patient = PatientId.of(refused);
      PatientId second = PatientId.of(other);
      eventStore.publish(
          List.of(
              new GenericDomainEventMessage<>(
                  "Patient", refused, 1, tag(patient, "refused-at-commit")),
              new GenericDomainEventMessage<>("Patient", other, 1, tag(second, "projected"))));

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!tags(other).contains("projected") && System.nanoTime() < deadline) {
        LockSupport.parkNanos(100_000_000L);
      }
      assertThat(tags(other)).containsExactly("projected");
      assertThat(tags(refused)).isEmpty();
      JsonNode letters = JSON.readTree(admin("GET", "/admin/dead-letters/" + TAGS));
      assertThat(letters.findValuesAsString("sequence")).contains(refused);
      for (JsonNode letter : letters) {
        if (letter.path("sequence").asString().equals(refused)) {
          assertThat(letter.path("cause").asString())
              .contains("refused by the database")
              .doesNotContain("refused-at-commit");
        }
      }
      JsonNode status = JSON.readTree(admin("GET", "/admin/processors/" + TAGS));
      assertThat(status.path("deadLetters").asLong()).isGreaterThanOrEqualTo(1);
      assertThat(status.path("error").asBoolean()).isFalse();
    } finally {
      jdbc.execute("DROP TRIGGER refuse_tag ON patient_tag");
      jdbc.execute("DROP FUNCTION refuse_tag()");
    }
    // the cause is gone: the parked event is projected when retried
    JsonNode retried = JSON.readTree(admin("POST", "/admin/dead-letters/" + TAGS + "/retry"));
    assertThat(retried.path("remaining").asInt()).isZero();
    assertThat(tags(refused)).containsExactly("refused-at-commit");
  }

  private static TagApplied tag(PatientId patient, String tag) {
    return new TagApplied(
        patient,
        tag,
        PersonalData.of(patient.toString(), PersonalDataKind.FREE_TEXT, "test"),
        Instant.now());
  }

  private List<String> tags(String patient) {
    return jdbc.queryForList(
        "SELECT tag FROM patient_tag WHERE patient_id = ?::uuid", String.class, patient);
  }

  private String open(String name) {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: APP, name: \"" + name + "\"}) { patientId } }");
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    return opened.data().at("/openCard/patientId").asString();
  }
}
