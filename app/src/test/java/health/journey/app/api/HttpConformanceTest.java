package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.GraphQl.Raw;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The endpoint holds to the GraphQL-over-HTTP specification for whatever a client sends: a
 * malformed request gets a 4xx with a GraphQL error body and changes nothing; no input produces a
 * 5xx.
 */
class HttpConformanceTest extends IntegrationTest {

  private static final String JSON = "application/json";
  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

  @Autowired JdbcTemplate jdbc;

  @Test
  void bodiesThatAreNotGraphQlRequestsGetA400AndAnErrorBody() {
    List<String> bodies =
        List.of(
            "null",
            "[]",
            "\"a string\"",
            "42",
            "{}",
            "{\"query\": null}",
            "{\"query\": 5}",
            "{\"query\": {\"nested\": true}}",
            "{\"query\": \"{ __typename }\", \"variables\": []}",
            "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
            "{\"query\": \"{ __typename }\", \"operationName\": 5}",
            "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
            "{\"query\": ",
            "",
            "{\"query\": \"{ __typename }\"} trailing");
    for (String body : bodies) {
      for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
        Raw answer =
            graphQl.raw(
                User.HEALTH_MANAGER, "POST", JSON, accept, body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(answer.json().at("/errors/0/extensions/code").asString())
            .as(body)
            .isEqualTo("INVALID_REQUEST");
        assertThat(answer.json().at("/errors/0/message").asString()).as(body).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at health.");
      }
    }
  }

  @Test
  void bytesThatAreNotUtf8GetA400() {
    byte[] body = {'{', '"', 'q', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    Raw answer = graphQl.raw(User.HEALTH_MANAGER, "POST", JSON, JSON, body);
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void aKeyGivenTwiceIsRefusedAndNothingRuns() {
    long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    String body =
        "{\"query\": \"{ __typename }\", \"query\": \"mutation { openCard(input: {channel: APP,"
            + " name: \\\"两次\\\"}) { patientId } }\"}";
    Raw answer =
        graphQl.raw(
            User.CUSTOMER_SERVICE, "POST", JSON, JSON, body.getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().at("/errors/0/message").asString()).contains("twice");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
        .isEqualTo(before);
  }

  @Test
  void otherMethodsGet405WithTheAllowHeaderThatOptionsAnswers() {
    Raw options = graphQl.raw(null, "OPTIONS", null, null, null);
    assertThat(options.status()).isEqualTo(204);
    String allow = options.headers().firstValue("Allow").orElseThrow();
    assertThat(allow).isEqualTo("POST, OPTIONS");
    for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
      Raw answer =
          graphQl.raw(
              User.HEALTH_MANAGER,
              method,
              JSON,
              JSON,
              method.equals("GET") ? null : "{\"query\":\"{ __typename }\"}".getBytes());
      assertThat(answer.status()).as(method).isEqualTo(405);
      assertThat(answer.headers().firstValue("Allow")).as(method).contains(allow);
      assertThat(answer.json().at("/errors/0/extensions/code").asString())
          .isEqualTo("METHOD_NOT_ALLOWED");
    }
  }

  @Test
  void anAcceptThatAdmitsNoJsonGets406AndABodyThatIsNotJsonGets415() {
    byte[] query = "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(graphQl.raw(User.HEALTH_MANAGER, "POST", JSON, "application/xml", query).status())
        .isEqualTo(406);
    assertThat(graphQl.raw(User.HEALTH_MANAGER, "POST", JSON, "text/html", query).status())
        .isEqualTo(406);
    assertThat(graphQl.raw(User.HEALTH_MANAGER, "POST", "text/plain", JSON, query).status())
        .isEqualTo(415);
    assertThat(graphQl.raw(User.HEALTH_MANAGER, "POST", null, JSON, query).status()).isEqualTo(415);
    assertThat(
            graphQl
                .raw(User.HEALTH_MANAGER, "POST", "application/json; charset=latin1", JSON, query)
                .status())
        .isEqualTo(415);
    // what the specification expects to work does
    for (String accept : List.of(JSON, GRAPHQL_RESPONSE, "*/*", "application/*")) {
      Raw ok = graphQl.raw(User.HEALTH_MANAGER, "POST", JSON, accept, query);
      assertThat(ok.status()).as(accept).isEqualTo(200);
      assertThat(ok.json().at("/data/__typename").asString()).isEqualTo("Query");
    }
  }
}
