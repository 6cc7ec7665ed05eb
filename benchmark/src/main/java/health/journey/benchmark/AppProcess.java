package health.journey.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The real application jar, started as its own process on a fresh embedded PostgreSQL (or a given
 * JDBC URL), with the gateway load driver on its classpath and its memory sampled while it runs.
 */
final class AppProcess implements AutoCloseable {

  private final Process process;
  private final Path dataDir;
  private final int httpPort;
  private final int databasePort;
  private final Options options;
  private final Thread sampler;
  private volatile long peakHeapBytes;
  private volatile long peakRssKb;
  private volatile boolean stopping;

  private AppProcess(
      Process process, Path dataDir, int httpPort, int databasePort, Options options) {
    this.process = process;
    this.dataDir = dataDir;
    this.httpPort = httpPort;
    this.databasePort = databasePort;
    this.options = options;
    this.sampler = new Thread(this::sample, "memory-sampler");
    this.sampler.setDaemon(true);
  }

  static AppProcess start(Options options, Path log) throws Exception {
    Path dataDir = Files.createTempDirectory("journey-benchmark-");
    int httpPort = freePort();
    int databasePort = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.addAll(List.of(java, "-Xmx" + options.heap(), "-Daxoniq.update-checker.disabled=true"));
    if (!options.jvmArgs().isBlank()) {
      command.addAll(List.of(options.jvmArgs().trim().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-Dloader.path=" + options.driverJar().toAbsolutePath(),
            "-cp",
            options.appJar().toAbsolutePath().toString(),
            "org.springframework.boot.loader.launch.PropertiesLauncher",
            "--journey.data-dir=" + dataDir,
            "--journey.database.embedded.port=" + databasePort,
            "--server.port=" + httpPort,
            "--management.endpoints.web.exposure.include=health,metrics",
            "--logging.level.root=WARN"));
    if (options.jdbcUrl() != null) {
      command.add("--spring.datasource.url=" + options.jdbcUrl());
      command.add("--spring.datasource.username=" + options.jdbcUser());
      command.add("--spring.datasource.password=" + options.jdbcPassword());
    }
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    AppProcess app = new AppProcess(process, dataDir, httpPort, databasePort, options);
    app.awaitHealthy();
    app.sampler.start();
    return app;
  }

  int httpPort() {
    return httpPort;
  }

  long pid() {
    return process.pid();
  }

  String jdbcUrl() {
    return options.jdbcUrl() != null
        ? options.jdbcUrl()
        : "jdbc:postgresql://localhost:" + databasePort + "/postgres";
  }

  ApiClient admin() {
    return new ApiClient(httpPort, "admin", "journey-admin");
  }

  long peakHeapBytes() {
    return peakHeapBytes;
  }

  /** The largest resident set the process had (VmHWM), in KiB. */
  long peakRssKb() {
    return Math.max(peakRssKb, procStatus("VmHWM"));
  }

  private void awaitHealthy() throws Exception {
    ApiClient client = new ApiClient(httpPort, "admin", "journey-admin");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped while starting; see its log");
      }
      try {
        if (client.get("/actuator/health").path("status").asString("").equals("UP")) {
          return;
        }
      } catch (RuntimeException notYet) {
        // still starting
      }
      process.waitFor(250, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException("The application did not become healthy in 3 minutes");
  }

  private void sample() {
    ApiClient client = admin();
    while (!stopping && process.isAlive()) {
      try {
        JsonNode heap = client.get("/actuator/metrics/jvm.memory.used?tag=area:heap");
        long used = (long) heap.at("/measurements/0/value").asDouble();
        peakHeapBytes = Math.max(peakHeapBytes, used);
        peakRssKb = Math.max(peakRssKb, procStatus("VmRSS"));
        process.waitFor(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException ignored) {
        // a sample missed under load is not a failure
      }
    }
  }

  private long procStatus(String field) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process is gone
    }
    return 0;
  }

  @Override
  public void close() throws Exception {
    stopping = true;
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
