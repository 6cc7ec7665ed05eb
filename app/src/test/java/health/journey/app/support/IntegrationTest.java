package health.journey.app.support;

import health.journey.app.PatientJourneyApplication;
import java.nio.file.Path;
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
  }

  @LocalServerPort protected int port;

  protected GraphQl graphQl;

  @BeforeEach
  void connect() {
    graphQl = new GraphQl(port);
  }
}
