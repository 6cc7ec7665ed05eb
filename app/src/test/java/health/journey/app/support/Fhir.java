package health.journey.app.support;

import health.journey.app.support.GraphQl.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the FHIR endpoint over real HTTP, as a sending system uses it. */
public final class Fhir {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  public Fhir(int port) {
    this.base = "http://localhost:" + port + "/fhir/r4/";
  }

  /** An answer: its status, content type and the resource it holds. */
  public record Answer(int status, String contentType, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    /** The diagnostics of every issue of an OperationOutcome answer. */
    public List<String> diagnostics() {
      List<String> all = new ArrayList<>();
      json().path("issue").forEach(i -> all.add(i.path("diagnostics").asString()));
      return all;
    }

    /** The expressions (locations) of every issue. */
    public List<String> expressions() {
      List<String> all = new ArrayList<>();
      json().path("issue").forEach(i -> i.path("expression").forEach(e -> all.add(e.asString())));
      return all;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Answer post(User user, String path, String body) {
    return post(user, path, "application/fhir+json", body.getBytes(StandardCharsets.UTF_8));
  }

  public Answer post(User user, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      request.header("Authorization", user.basic());
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A file of the test data written outside this project ({@code src/test/resources/testdata}, see
   * its README), byte for byte as its authors published it.
   */
  public static String testdata(String file) {
    try (var in = Fhir.class.getResourceAsStream("/testdata/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing test data " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Missing test data " + file, e);
    }
  }
}
