package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Client request ids work as payment APIs' idempotency keys: the same key and request get the first
 * answer again and store nothing; the same key with another request is refused with its own code.
 * An import sent again finds the patient it opened.
 */
class IdempotencyTest extends IntegrationTest {

  private static final String TAG =
      "mutation($in: TagInput!) { applyTag(input: $in) { patientId clientRequestId"
          + " patient { eventCount tags { name } } } }";

  @Autowired JdbcTemplate jdbc;

  @Test
  void theSameRequestAgainGetsTheFirstAnswerNotThePatientAsItIsNow() {
    String id = open(Map.of("channel", "APP", "name", "重试"));
    String key = UUID.randomUUID().toString();
    Map<String, Object> first =
        Map.of("patientId", id, "tag", "first", "reason", "x", "clientRequestId", key);
    Response answer = graphQl.post(User.HEALTH_MANAGER, TAG, Map.of("in", first));
    assertThat(answer.hasErrors()).as(answer.toString()).isFalse();

    // the patient changes meanwhile
    Response other =
        graphQl.post(
            User.DOCTOR,
            TAG,
            Map.of("in", Map.of("patientId", id, "tag", "second", "reason", "y")));
    assertThat(other.data().at("/applyTag/patient/eventCount").asInt()).isEqualTo(3);

    long events = events(id);
    Response again = graphQl.post(User.HEALTH_MANAGER, TAG, Map.of("in", first));
    assertThat(again.body()).isEqualTo(answer.body());
    assertThat(again.data().at("/applyTag/patient/eventCount").asInt()).isEqualTo(2);
    assertThat(events(id)).isEqualTo(events);
  }

  @Test
  void theSameKeyForAnotherRequestIsRefusedWithItsOwnCode() {
    String id = open(Map.of("channel", "APP", "name", "换单"));
    String key = UUID.randomUUID().toString();
    Response first =
        graphQl.post(
            User.HEALTH_MANAGER,
            TAG,
            Map.of(
                "in", Map.of("patientId", id, "tag", "a", "reason", "x", "clientRequestId", key)));
    assertThat(first.hasErrors()).isFalse();
    long events = events(id);
    Response other =
        graphQl.post(
            User.HEALTH_MANAGER,
            TAG,
            Map.of(
                "in", Map.of("patientId", id, "tag", "b", "reason", "x", "clientRequestId", key)));
    assertThat(other.classification()).isEqualTo("BAD_REQUEST");
    assertThat(other.errors().path(0).at("/extensions/code").asString())
        .isEqualTo("CLIENT_REQUEST_ID_REUSED");
    assertThat(other.body().toString()).doesNotContain(key);
    assertThat(events(id)).isEqualTo(events);
  }

  @Test
  void anImportSentAgainAnswersWithThePatientItOpened() {
    Map<String, Object> input = new HashMap<>();
    input.put("sourceSystem", "his-" + UUID.randomUUID());
    input.put("sourceId", "MRN-0042");
    input.put("channel", "HOSPITAL_DISCHARGE");
    input.put("name", "导入");
    String query =
        "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId alreadyExisted"
            + " patient { name } } }";
    Response first = graphQl.post(User.CUSTOMER_SERVICE, query, Map.of("in", input));
    assertThat(first.hasErrors()).as(first.toString()).isFalse();
    assertThat(first.data().at("/openCard/alreadyExisted").asBoolean()).isFalse();
    String id = first.data().at("/openCard/patientId").asString();
    long events = events(id);

    Response again = graphQl.post(User.CUSTOMER_SERVICE, query, Map.of("in", input));
    assertThat(again.hasErrors()).as(again.toString()).isFalse();
    assertThat(again.data().at("/openCard/patientId").asString()).isEqualTo(id);
    assertThat(again.data().at("/openCard/alreadyExisted").asBoolean()).isTrue();
    assertThat(again.data().at("/openCard/patient/name").asString()).isEqualTo("导入");
    assertThat(events(id)).isEqualTo(events);
  }

  private String open(Map<String, Object> input) {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }",
            Map.of("in", input));
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    return opened.data().at("/openCard/patientId").asString();
  }

  private long events(String id) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
  }
}
