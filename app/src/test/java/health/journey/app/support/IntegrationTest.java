package health.journey.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.PatientJourneyApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that boot the whole application: a real embedded PostgreSQL (one per test JVM,
 * in its own data directory), the real Axon infrastructure, and HTTP on a random port. All
 * subclasses share one Spring context, so tests keep to patients they created themselves.
 */
@SpringBootTest(
    classes = PatientJourneyApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

  protected static final Path DATA_DIR =
      Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("journey.data-dir", DATA_DIR::toString);
    registry.add("journey.database.embedded.port", () -> "0");
    registry.add("logging.file.name", () -> DATA_DIR.resolve("journey.log").toString());
  }

  @LocalServerPort protected int port;

  protected GraphQl graphQl;

  @BeforeEach
  void connect() {
    graphQl = new GraphQl(port);
  }

  /** Calls an operator endpoint as the ADMIN user; fails unless the answer is 2xx. */
  protected String admin(String method, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("admin:journey-admin".getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode() / 100).as(response.body()).isEqualTo(2);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
