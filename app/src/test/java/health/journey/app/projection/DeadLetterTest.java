package health.journey.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.PatientId;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
  private static final String SUMMARIES = PatientReadModel.PROCESSING_GROUP;
  private static final String TAGS = TaggingReadModel.PROCESSING_GROUP;
  private static final String TIMELINE = TimelineReadModel.PROCESSING_GROUP;

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

    List<JsonNode> letters = awaitDeadLetters(SUMMARIES, id, 1);
    assertThat(letters.get(0).path("eventType").asString()).isEqualTo("TagApplied");
    assertThat(letters.get(0).path("cause").asString()).contains("has no summary");
    assertThat(awaitDeadLetters(TAGS, id, 1).get(0).path("cause").asString())
        .contains("has no card opening");

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
    jdbc.update(
        "INSERT INTO tagging_patient (patient_id, opened_at) VALUES (?::uuid, now())",
        id.toString());
    try {
      for (String group : List.of(SUMMARIES, TAGS)) {
        JsonNode retried = JSON.readTree(admin("POST", "/admin/dead-letters/" + group + "/retry"));
        assertThat(retried.path("succeeded").asInt()).as(group).isEqualTo(1);
        assertThat(retried.path("remaining").asInt()).as(group).isZero();
      }
      assertThat(
              jdbc.queryForList(
                  "SELECT tag FROM patient_tag WHERE patient_id = ?::uuid",
                  String.class,
                  id.toString()))
          .containsExactly("orphan");
    } finally {
      for (String table :
          new String[] {
            "patient_tag", "patient_timeline_entry", "patient_summary", "tagging_patient"
          }) {
        jdbc.update("DELETE FROM " + table + " WHERE patient_id = ?::uuid", id.toString());
      }
    }
  }

  @Test
  void anEventTheReadModelCannotStoreWaitsAsADeadLetterAndHoldsUpNoOneElse() throws Exception {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: APP, name: \"齐远\"}) { patientId } }");
    PatientId id = PatientId.of(opened.data().at("/openCard/patientId").asString());
    // Written past the command's checks (as an import or an old rule might): a time in a year
    // PostgreSQL cannot store. Failing at commit, it would stop the projection for everyone.
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "Patient",
            id.toString(),
            1,
            new TagApplied(
                id,
                "imported",
                PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "legacy system"),
                Instant.parse("+300000-01-01T00:00:00Z"))));

    List<JsonNode> letters = awaitDeadLetters(TAGS, id, 1);
    assertThat(letters.get(0).path("eventType").asString()).isEqualTo("TagApplied");
    assertThat(letters.get(0).path("cause").asString())
        .contains("The read model cannot store this event: occurredAt lies outside years 1-9999");
    assertThat(awaitDeadLetters(TIMELINE, id, 1).get(0).path("cause").asString())
        .contains("The read model cannot store this event: occurredAt lies outside years 1-9999");

    // everyone else's changes are projected at once, and the patient's card is still there
    Response other =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: APP, name: \"林森\"}) { patient { id } } }");
    assertThat(other.hasErrors()).as(other.toString()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM patient_timeline_entry WHERE patient_id = ?::uuid",
                Long.class,
                id.toString()))
        .isEqualTo(1);
    JsonNode status = JSON.readTree(admin("GET", "/admin/processors/" + TAGS));
    assertThat(status.path("error").asBoolean()).as(status.toString()).isFalse();

    // a replay starts the queue afresh: the card is projected again, the event dead-lettered again
    admin("POST", "/admin/processors/" + TAGS + "/replay");
    awaitCaughtUp(TAGS);
    assertThat(deadLetters(TAGS, id)).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM tagging_patient WHERE patient_id = ?::uuid",
                Long.class,
                id.toString()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM patient_summary WHERE patient_id = ?::uuid",
                Long.class,
                id.toString()))
        .isEqualTo(1);
  }

  private List<JsonNode> awaitDeadLetters(String group, PatientId patient, int count)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<JsonNode> letters;
    do {
      letters = deadLetters(group, patient);
      if (letters.size() >= count) {
        return letters;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("Expected " + count + " dead letters, got " + letters);
  }

  private List<JsonNode> deadLetters(String group, PatientId patient) throws Exception {
    List<JsonNode> letters = new ArrayList<>();
    for (JsonNode letter : JSON.readTree(admin("GET", "/admin/dead-letters/" + group))) {
      if (letter.path("sequence").asString().equals(patient.toString())) {
        letters.add(letter);
      }
    }
    return letters;
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
