package health.journey.app.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

  @Test
  void aTakenPortIsRefusedBeforeAnythingStarts(@TempDir Path dataDir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      DatabaseProperties.Embedded settings =
          new DatabaseProperties.Embedded(dataDir, taken.getLocalPort(), Duration.ofSeconds(30));
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(settings))
          .isInstanceOf(EmbeddedDatabaseUnavailable.class)
          .hasMessageContaining("Port " + taken.getLocalPort())
          .satisfies(
              e ->
                  assertThat(((EmbeddedDatabaseUnavailable) e).action())
                      .contains("journey.database.embedded.port"));
    }
  }
}
