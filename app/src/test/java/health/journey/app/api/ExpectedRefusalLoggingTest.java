package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An expected refusal (an unknown patient, a broken rule, bad input) is not a failure of the
 * system: it logs one line at most, with ids and codes only and no stack trace, and never a
 * personal value.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExpectedRefusalLoggingTest extends IntegrationTest {

  @Test
  void refusalsLogNoStackTraceAndNoPersonalData(CapturedOutput output) {
    int before = output.getAll().length();
    String unknown = UUID.randomUUID().toString();
    Response notFound =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: TagInput!) { applyTag(input: $in) { patientId } }",
            Map.of("in", Map.of("patientId", unknown, "tag", "t", "reason", "隐私理由")));
    assertThat(notFound.classification()).isEqualTo("NOT_FOUND");
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: APP, name: \"拒绝日志\"}) { patientId } }");
    String id = opened.data().at("/openCard/patientId").asString();
    Response broken =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: TagInput!) { removeTag(input: $in) { patientId } }",
            Map.of("in", Map.of("patientId", id, "tag", "never", "reason", "隐私理由")));
    assertThat(broken.classification()).isEqualTo("RULE_VIOLATION");
    Response invalid =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }",
            Map.of("in", Map.of("channel", "APP", "name", "甲", "phone", "12345")));
    assertThat(invalid.classification()).isEqualTo("BAD_REQUEST");

    String logged = output.getAll().substring(before);
    List<String> lines = logged.lines().toList();
    assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception:"));
    assertThat(lines.stream().filter(line -> line.contains(unknown)).count())
        .isLessThanOrEqualTo(1);
    assertThat(logged).doesNotContain("隐私理由").doesNotContain("拒绝日志").doesNotContain("12345");
  }
}
