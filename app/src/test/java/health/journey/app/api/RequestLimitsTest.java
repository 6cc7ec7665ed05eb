package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one request may ask of the server: oversized bodies, runaway nesting and queries that would
 * read the whole database are refused with a clear error before they run, and change nothing; the
 * queries real clients send stay well within the limits.
 */
class RequestLimitsTest extends IntegrationTest {

  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MEGABYTE = 1024 * 1024;

  private static final String OPEN_CARD =
      "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }";

  @Autowired JdbcTemplate jdbc;

  @Test
  void aBodyOverTheLimitIsRefusedAndChangesNothing() {
    long eventsBefore = totalEvents();
    String body =
        JSON.writeValueAsString(
            Map.of(
                "query",
                OPEN_CARD,
                "variables",
                Map.of(
                    "in",
                    Map.of(
                        "channel",
                        "WALK_IN",
                        "name",
                        "周强",
                        "phone",
                        "13600003333",
                        "clientRequestId",
                        "oversized-1"),
                    "padding",
                    "x".repeat(MEGABYTE))));

    Response refused = graphQl.send(User.CUSTOMER_SERVICE, body, GRAPHQL_RESPONSE);

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.classification()).isEqualTo("BAD_REQUEST");
    assertThat(refused.errors().path(0).path("extensions").path("code").asString())
        .isEqualTo("REQUEST_TOO_LARGE");
    assertThat(refused.message())
        .isEqualTo("The request body is larger than 1 MB; send a smaller request");
    assertThat(totalEvents()).isEqualTo(eventsBefore);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM command_request WHERE request_id = 'oversized-1'",
                Long.class))
        .isZero();
  }

  @Test
  void aBodySentInChunksIsReadNoFurtherThanTheLimit() {
    String head = "{\"query\":\"{ __typename }\",\"variables\":{\"padding\":\"";
    InputStream endless =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                    new InputStream() {
                      private long served;

                      @Override
                      public int read() {
                        // far more than the limit, but never all of it: the server must stop
                        return served++ < 64L * MEGABYTE ? 'x' : -1;
                      }
                    })));

    Response refused =
        graphQl.send(
            User.HEALTH_MANAGER, HttpRequest.BodyPublishers.ofInputStream(() -> endless), "*/*");

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.errors().path(0).path("extensions").path("code").asString())
        .isEqualTo("REQUEST_TOO_LARGE");

    Response small =
        graphQl.send(
            User.HEALTH_MANAGER,
            HttpRequest.BodyPublishers.ofInputStream(
                () ->
                    new ByteArrayInputStream(
                        "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))),
            GRAPHQL_RESPONSE);
    assertThat(small.status()).isEqualTo(200);
    assertThat(small.data().path("__typename").asString()).isEqualTo("Query");
  }

  @Test
  void aQueryThatAsksForTooMuchIsRefusedBeforeItRuns() {
    Response nestedPages =
        graphQl.send(
            User.HEALTH_MANAGER,
            request(
                """
                { patients(first: 100) { edges { node { id
                    timeline(first: 500) { edges { node { sequence summary } } } } } } }"""),
            GRAPHQL_RESPONSE);
    assertRefused(nestedPages, "QUERY_TOO_COMPLEX");
    assertThat(nestedPages.message())
        .startsWith("The query asks for too much at once: it costs ")
        .contains("at most 20,000 is allowed");

    String aliases =
        IntStream.range(0, 300)
            .mapToObj(i -> "p" + i + ": patients(first: 100) { edges { node { id } } }")
            .collect(Collectors.joining(" ", "{ ", " }"));
    assertRefused(
        graphQl.send(User.HEALTH_MANAGER, request(aliases), GRAPHQL_RESPONSE), "QUERY_TOO_COMPLEX");

    // the page size given as a variable counts just the same
    Response byVariable =
        graphQl.post(
            User.HEALTH_MANAGER,
            """
            query($n: Int) { patients(first: 100) { edges { node {
                timeline(first: $n) { edges { node { sequence } } } } } } }""",
            Map.of("n", 500));
    assertThat(byVariable.errors().path(0).path("extensions").path("code").asString())
        .isEqualTo("QUERY_TOO_COMPLEX");
    assertThat(byVariable.body().has("data")).isFalse();
  }

  @Test
  void fieldsNestedTooDeeplyAreRefused() {
    String deep =
        "{ __schema { types { fields { type "
            + "{ ofType ".repeat(13)
            + "{ name "
            + "} ".repeat(14)
            + "} } } }";
    Response refused = graphQl.send(User.HEALTH_MANAGER, request(deep), GRAPHQL_RESPONSE);
    assertRefused(refused, "QUERY_TOO_DEEP");
    assertThat(refused.message())
        .isEqualTo("The query nests its fields 18 deep; at most 15 is allowed");
  }

  @Test
  void theQueriesClientsSendStayWithinTheLimits() {
    Response introspection =
        graphQl.send(
            User.HEALTH_MANAGER, request(IntrospectionQuery.INTROSPECTION_QUERY), GRAPHQL_RESPONSE);
    assertThat(introspection.status()).as(introspection.toString()).isEqualTo(200);
    assertThat(introspection.hasErrors()).as(introspection.toString()).isFalse();
    assertThat(introspection.data().at("/__schema/queryType/name").asString()).isEqualTo("Query");

    // a dashboard page: 50 patients with their tags, consents and latest steps
    Response page =
        graphQl.post(
            User.HEALTH_MANAGER,
            """
            { patients(first: 50) { totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id cardNumber name phone sex age stage eventCount
                  tags { name appliedBy reason }
                  consents { purpose status }
                  timeline(first: 10) { edges { node { sequence kind summary actor } } } } } } }""");
    assertThat(page.hasErrors()).as(page.toString()).isFalse();
  }

  private static void assertRefused(Response response, String code) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.classification()).isEqualTo("BAD_REQUEST");
    assertThat(response.errors().path(0).path("extensions").path("code").asString())
        .isEqualTo(code);
    assertThat(response.body().has("data")).isFalse();
  }

  private static String request(String document) {
    return JSON.writeValueAsString(Map.of("query", document));
  }

  private long totalEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
  }
}
