package health.journey.benchmark;

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

/** An authenticated HTTP client of the application, one per load thread (keeps its connection). */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String authorization;

  ApiClient(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A GraphQL request; the body as JSON, or an exception for a transport failure or a non-200
   * status.
   */
  JsonNode graphQl(String document, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", document);
    body.put("variables", variables);
    return send("POST", "/graphql", "application/json", JSON.writeValueAsString(body));
  }

  /** A GraphQL request whose answer must hold no errors; the first error's message otherwise. */
  JsonNode graphQlAnswered(String document, Map<String, Object> variables) {
    JsonNode response = graphQl(document, variables);
    JsonNode errors = response.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      throw new IllegalStateException(
          "GraphQL error: "
              + errors.get(0).path("message").asString("")
              + " "
              + errors.get(0).path("extensions"));
    }
    return response;
  }

  /**
   * A FHIR document posted to {@code path} as {@code application/fhir+json}; the answer (an
   * OperationOutcome), or an exception with the refusal's status and issues.
   */
  JsonNode fhir(String path, String document) {
    return send("POST", path, "application/fhir+json", document);
  }

  JsonNode get(String path) {
    return send("GET", path, "application/json", null);
  }

  JsonNode post(String path) {
    return send("POST", path, "application/json", "");
  }

  private JsonNode send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Content-Type", contentType);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method
                + " "
                + path
                + ": HTTP "
                + response.statusCode()
                + " "
                + abbreviate(response.body()));
      }
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 500 ? body : body.substring(0, 500) + "…";
  }
}
