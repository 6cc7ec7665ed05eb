package health.journey.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A GraphQL client over real HTTP, as a dashboard would use the API. */
public final class GraphQl {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;

  public GraphQl(int port) {
    this.endpoint = URI.create("http://localhost:" + port + "/graphql");
  }

  /** A response: its HTTP status and body. */
  public record Response(int status, JsonNode body) {
    public JsonNode data() {
      return body.path("data");
    }

    public JsonNode errors() {
      return body.path("errors");
    }

    public boolean hasErrors() {
      return errors().isArray() && !errors().isEmpty();
    }

    /** The first error's classification. */
    public String classification() {
      return errors().path(0).path("extensions").path("classification").asString(null);
    }

    public String message() {
      return errors().path(0).path("message").asString(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Response post(User user, String document) {
    return post(user, document, Map.of());
  }

  public Response post(User user, String document, Map<String, Object> variables) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("query", document);
    request.put("variables", variables);
    return send(user, JSON.writeValueAsString(request), "application/json");
  }

  /** Sends a raw body, for tests of malformed requests. */
  public Response send(User user, String body, String accept) {
    return send(user, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), accept);
  }

  /**
   * Sends a body from a publisher; one of unknown length (e.g. from an input stream) goes in
   * chunks, without a Content-Length.
   */
  public Response send(User user, HttpRequest.BodyPublisher body, String accept) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", accept)
            .POST(body);
    if (user != null) {
      builder.header("Authorization", user.basic());
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json =
          response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), json);
    } catch (IOException e) {
      throw new IllegalStateException("GraphQL request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer to a raw HTTP request: status, headers and body text. */
  public record Raw(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonNode json() {
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }
  }

  /**
   * Sends any request to the endpoint, for tests of how the server holds to the GraphQL-over-HTTP
   * specification: any method, content type, accept header and body bytes (null headers are left
   * out).
   */
  public Raw raw(User user, String method, String contentType, String accept, byte[] body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (accept != null) {
      builder.header("Accept", accept);
    }
    if (user != null) {
      builder.header("Authorization", user.basic());
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Raw(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A signed-in staff member of the local set in application.yml. */
  public record User(String name, String password) {
    public static final User HEALTH_MANAGER = new User("hm.li", "journey-hm");
    public static final User DOCTOR = new User("dr.wang", "journey-dr");
    public static final User CUSTOMER_SERVICE = new User("cs.zhao", "journey-cs");
    public static final User OPERATIONS = new User("ops.chen", "journey-ops");
    public static final User COMPLIANCE = new User("audit.sun", "journey-audit");
    public static final User ADMIN = new User("admin", "journey-admin");
    public static final User INTEGRATION = new User("lis", "journey-lis");

    public String basic() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }
}
