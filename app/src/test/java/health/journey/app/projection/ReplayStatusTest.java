package health.journey.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.tagging.TaggingReadModel;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A replay as operators see it: progress while it runs, answers that say their data is partial
 * meanwhile, and {@code replaying: false} once it has caught up, with nothing left to say.
 */
class ReplayStatusTest extends IntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TAGS = TaggingReadModel.PROCESSING_GROUP;

  @Test
  void aReplayThatHasCaughtUpIsOverAndAnswersAreCompleteAgain() throws Exception {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: APP, name: \"回放\"}) { patientId } }");
    assertThat(opened.hasErrors()).isFalse();

    JsonNode accepted = JSON.readTree(admin("POST", "/admin/processors/" + TAGS + "/replay"));
    assertThat(accepted.path("name").asString()).isEqualTo(TAGS);
    JsonNode status = awaitCaughtUp();
    assertThat(status.path("replaying").asBoolean()).as(status.toString()).isFalse();
    assertThat(status.path("replayProgress").isNull()).isTrue();

    Response answer = graphQl.post(User.OPERATIONS, "{ patients(first: 1) { totalCount } }");
    assertThat(answer.body().path("extensions").path("partialReadModels").isMissingNode())
        .as(answer.toString())
        .isTrue();
  }

  private JsonNode awaitCaughtUp() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = JSON.readTree(admin("GET", "/admin/processors/" + TAGS));
      if (status.path("caughtUp").asBoolean()) {
        return status;
      }
      LockSupport.parkNanos(20_000_000L);
    }
    throw new AssertionError("the replay did not finish");
  }
}
