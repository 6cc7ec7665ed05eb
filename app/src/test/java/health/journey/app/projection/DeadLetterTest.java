package health.journey.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.patient.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.tagging.TagApplied;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event a projection cannot take is not skipped: it waits in the dead-letter queue, visible to
 * operators, while other patients' events go on being projected; once the cause is fixed, a retry
 * projects it.
 */
class DeadLetterTest extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFailingEventWaitsInTheDeadLetterQueueUntilItIsRetried() throws Exception {
    // A tag for a patient whose card-opening the read model never saw: the projection refuses it.
    PatientId id = PatientId.random();
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "Patient",
            id.toString(),
            0,
            new TagApplied(
                id,
                "orphan",
                PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "test"),
                Instant.now())));

    JsonNode letters = awaitDeadLetters(1);
    assertThat(letters.path(0).path("sequence").asString()).isEqualTo(id.toString());
    assertThat(letters.path(0).path("eventType").asString()).isEqualTo("TagApplied");
    assertThat(letters.path(0).path("cause").asString()).contains("has no summary");

    // other patients are still projected meanwhile
    Response other =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: APP, name: \"卫东\"}) { patient { id } } }");
    assertThat(other.hasErrors()).as(other.toString()).isFalse();
    assertThat(other.data().at("/openCard/patient/id").asString()).isNotBlank();

    // the cause is repaired; the retry projects the waiting event
    jdbc.update(
        "INSERT INTO patient_summary (patient_id, card_number, tier, channel, sex, stage, opened_at,"
            + " updated_at, last_sequence) VALUES (?::uuid, 'REPAIRED', 'STANDARD', 'OTHER', 'UNKNOWN',"
            + " 'PROSPECT', now(), now(), -1)",
        id.toString());
    try {
      JsonNode retried =
          JSON.readTree(admin("POST", "/admin/dead-letters/patient-projection/retry"));
      assertThat(retried.path("succeeded").asInt()).isEqualTo(1);
      assertThat(retried.path("remaining").asInt()).isZero();
      assertThat(
              jdbc.queryForList(
                  "SELECT tag FROM patient_tag WHERE patient_id = ?::uuid",
                  String.class,
                  id.toString()))
          .containsExactly("orphan");
    } finally {
      for (String table :
          new String[] {"patient_tag", "patient_timeline_entry", "patient_summary"}) {
        jdbc.update("DELETE FROM " + table + " WHERE patient_id = ?::uuid", id.toString());
      }
    }
  }

  private JsonNode awaitDeadLetters(int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode letters;
    do {
      letters = JSON.readTree(admin("GET", "/admin/dead-letters/patient-projection"));
      if (letters.size() >= count) {
        return letters;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("Expected " + count + " dead letters, got " + letters);
  }
}
