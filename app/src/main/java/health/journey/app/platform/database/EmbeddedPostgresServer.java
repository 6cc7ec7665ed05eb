package health.journey.app.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL, started from the binaries on the classpath, whose data directory survives
 * restarts. It is durable (fsync and synchronous commit on, unlike the library's test defaults) and
 * is stopped by Spring after everything that uses it, not by a JVM shutdown hook of its own. A
 * server left running by a process killed with SIGKILL is stopped cleanly before a new one starts
 * on the same directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  public static EmbeddedPostgresServer start(DatabaseProperties.Embedded settings) {
    Path dataDirectory = settings.dataDirectory().toAbsolutePath().normalize();
    try {
      Files.createDirectories(dataDirectory);
      stopLeftoverServer(dataDirectory);
      requireFreePort(settings.port());
      log.info("Starting embedded PostgreSQL with its data in {}", dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(settings.port())
              .setPGStartupWait(settings.startupTimeout())
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "100")
              .setServerConfig("shared_buffers", "256MB")
              .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
      server.requireOwnDataDirectory();
      log.info(
          "Embedded PostgreSQL is up on port {} (psql -h localhost -p {} -U postgres), data in {}",
          postgres.getPort(),
          postgres.getPort(),
          dataDirectory);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /**
   * The library reports a server as started as soon as something answers on its port. If another
   * PostgreSQL took the port in the meantime, that is the one answering: refuse it rather than
   * write into someone else's database.
   */
  private void requireOwnDataDirectory() throws IOException {
    String served;
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW data_directory")) {
      result.next();
      served = result.getString(1);
    } catch (SQLException e) {
      throw new IOException("Could not reach the embedded PostgreSQL on port " + port(), e);
    }
    if (!Path.of(served).toRealPath().equals(dataDirectory.toRealPath())) {
      postgres.close();
      throw new EmbeddedDatabaseUnavailable(
          "Port "
              + port()
              + " is served by another PostgreSQL (data in "
              + served
              + "), not by ours.",
          "Stop that PostgreSQL, or set journey.database.embedded.port (0 picks a free port).");
    }
  }

  private static void requireFreePort(int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new EmbeddedDatabaseUnavailable(
          "Port " + port + " for the embedded PostgreSQL is taken by another process.",
          "Stop that process, or set journey.database.embedded.port (0 picks a free port).");
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  public String username() {
    return "postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() throws IOException {
    log.info("Stopping embedded PostgreSQL ({})", dataDirectory);
    postgres.close();
  }

  /**
   * After a SIGKILL of the JVM its PostgreSQL keeps running and holds the data directory. Left
   * alone, the new server would refuse the lock and the library would silently talk to the old one.
   * A live leftover is asked for a fast shutdown (SIGINT), and failing that an immediate one; a
   * dead one needs nothing, PostgreSQL recovers.
   */
  static void stopLeftoverServer(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty() || !isPostgresOf(pid, dataDirectory)) {
      log.info("Found a stale postmaster.pid (process {} is gone); PostgreSQL will recover", pid);
      return;
    }
    log.warn(
        "A PostgreSQL (pid {}) left by an earlier run still holds {}: stopping it",
        pid,
        dataDirectory);
    signal(pid, "INT");
    if (!waitForExit(process.get(), Duration.ofSeconds(60))) {
      log.warn("PostgreSQL pid {} did not stop in 60s: requesting an immediate shutdown", pid);
      signal(pid, "QUIT");
      if (!waitForExit(process.get(), Duration.ofSeconds(30))) {
        throw new IllegalStateException(
            "PostgreSQL pid "
                + pid
                + " still holds "
                + dataDirectory
                + "; stop it and start again");
      }
    }
    log.info("Leftover PostgreSQL pid {} stopped", pid);
  }

  private static boolean isPostgresOf(long pid, Path dataDirectory) {
    try {
      String cmdline =
          new String(
                  Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                  StandardCharsets.UTF_8)
              .replace('\0', ' ');
      return cmdline.contains("postgres") && cmdline.contains(dataDirectory.toString());
    } catch (IOException e) {
      // Without /proc (not Linux) fall back to what the pid file says.
      return true;
    }
  }

  private static void signal(long pid, String signal) throws IOException {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
          .inheritIO()
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while signalling PostgreSQL pid " + pid, e);
    }
  }

  private static boolean waitForExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    } catch (java.util.concurrent.ExecutionException e) {
      return !process.isAlive();
    }
  }
}
