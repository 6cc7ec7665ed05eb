package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text that hides itself is refused: names, tags and codes with no visible character or with
 * invisible or directional formatting characters; free text keeps every script and emoji. Text is
 * kept in NFC, so the same name typed two ways is the same name.
 */
class TextInputTest extends IntegrationTest {

  private static final String OPEN =
      "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId patient { name } } }";
  private static final String TAG =
      "mutation($in: TagInput!) { applyTag(input: $in) { patient { tags { name reason } } } }";

  @Test
  void aNameMadeOfInvisibleCharactersIsRefused() {
    for (String name : new String[] {"\u200B", "\u200B\u200B ", "\u3164", "\u2800"}) {
      Response response =
          graphQl.post(
              User.CUSTOMER_SERVICE, OPEN, Map.of("in", Map.of("channel", "APP", "name", name)));
      assertThat(response.classification()).as(name).isEqualTo("BAD_REQUEST");
      assertThat(response.message()).isEqualTo("name is required");
    }
    Response hidden =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            OPEN,
            Map.of("in", Map.of("channel", "APP", "name", "王\u200B丽")));
    assertThat(hidden.message()).isEqualTo("name must not contain invisible or control characters");
  }

  @Test
  void tagsAndReasonsThatWouldDisplayReversedAreRefused() {
    String id = open("林");
    Response tag =
        graphQl.post(
            User.HEALTH_MANAGER,
            TAG,
            Map.of("in", Map.of("patientId", id, "tag", "\u202Ereklams", "reason", "x")));
    assertThat(tag.classification()).isEqualTo("BAD_REQUEST");
    assertThat(tag.errors().path(0).at("/extensions/field").asString()).isEqualTo("tag");
    assertThat(tag.message()).contains("directional formatting characters");
    Response reason =
        graphQl.post(
            User.HEALTH_MANAGER,
            TAG,
            Map.of("in", Map.of("patientId", id, "tag", "vip", "reason", "\u202Eevol I")));
    assertThat(reason.classification()).isEqualTo("BAD_REQUEST");
    assertThat(reason.errors().path(0).at("/extensions/field").asString()).isEqualTo("reason");
  }

  @Test
  void freeTextKeepsEmojiAndEveryScriptAndTextIsKeptInNfc() {
    String id = open("Jose\u0301 王");
    Response tagged =
        graphQl.post(
            User.HEALTH_MANAGER,
            TAG,
            Map.of(
                "in",
                Map.of(
                    "patientId",
                    id,
                    "tag",
                    "follow-up",
                    "reason",
                    "👨‍👩‍👧 家人陪同 — مرحبا — 👍🏽")));
    assertThat(tagged.hasErrors()).as(tagged.toString()).isFalse();
    assertThat(tagged.data().at("/applyTag/patient/tags/0/reason").asString())
        .isEqualTo("👨‍👩‍👧 家人陪同 — مرحبا — 👍🏽");
    Response read =
        graphQl.post(
            User.HEALTH_MANAGER, "query($id: ID!) { patient(id: $id) { name } }", Map.of("id", id));
    assertThat(read.data().at("/patient/name").asString()).isEqualTo("Jos\u00e9 王");
  }

  private String open(String name) {
    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE, OPEN, Map.of("in", Map.of("channel", "APP", "name", name)));
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    return opened.data().at("/openCard/patientId").asString();
  }
}
