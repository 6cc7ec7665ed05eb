package health.journey.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The real application jar, started as its own process on a fresh embedded PostgreSQL (or a given
 * JDBC URL), with the gateway load driver on its classpath and its memory sampled while it runs.
 */
final class AppProcess implements AutoCloseable {

  /** A full collection in the GC log: {@code Pause Full (System.gc()) 310M->88M(512M) 210ms}. */
  private static final Pattern FULL_COLLECTION =
      Pattern.compile("Pause Full .*\\d+[KMG]?->(\\d+)([KMG]?)\\(\\d+[KMG]?\\)");

  private final Process process;
  private final Path dataDir;
  private final int httpPort;
  private final int databasePort;
  private final Options options;
  private final Thread sampler;
  private final Path log;
  private volatile long peakHeapBytes;
  private volatile long peakRssKb;
  private volatile boolean stopping;

  private AppProcess(
      Process process, Path dataDir, Path log, int httpPort, int databasePort, Options options) {
    this.process = process;
    this.log = log;
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
    command.addAll(
        List.of(
            java,
            "-Xmx" + options.heap(),
            // an application out of heap is in no state to measure: it leaves a heap dump next to
            // its log and stops, and the harness says so
            "-XX:+HeapDumpOnOutOfMemoryError",
            "-XX:HeapDumpPath=" + log.resolveSibling("out-of-memory.hprof").toAbsolutePath(),
            "-XX:+ExitOnOutOfMemoryError",
            "-Xlog:gc:file=" + log.resolveSibling("gc.log").toAbsolutePath(),
            "-Daxoniq.update-checker.disabled=true"));
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
    AppProcess app = new AppProcess(process, dataDir, log, httpPort, databasePort, options);
    // Ctrl-C on the harness stops the application and its database too
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    app.close();
                  } catch (Exception ignored) {
                    // shutting down anyway
                  }
                },
                "stop-application"));
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

  /**
   * The heap the application's data takes now: a full collection is asked for ({@code jcmd GC.run})
   * and what it leaves is read from the GC log. Sampled heap use hides this under garbage not yet
   * collected, and Micrometer's {@code jvm.gc.live.data.size} is no better under G1 (the old
   * generation at the end of concurrent marking, before mixed collections reclaim it). 0 if it
   * cannot be measured.
   */
  long liveHeapBytes() {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process gc =
          new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!gc.waitFor(1, TimeUnit.MINUTES) || gc.exitValue() != 0) {
        return 0;
      }
      // the log line is written as the collection ends; give the writer a moment
      TimeUnit.MILLISECONDS.sleep(500);
      long live = 0;
      for (String line : Files.readAllLines(log.resolveSibling("gc.log"))) {
        Matcher full = FULL_COLLECTION.matcher(line);
        if (full.find()) {
          live = bytes(full.group(1), full.group(2));
        }
      }
      return live;
    } catch (IOException | RuntimeException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static long bytes(String amount, String unit) {
    long value = Long.parseLong(amount);
    return switch (unit) {
      case "G" -> value << 30;
      case "M" -> value << 20;
      case "K" -> value << 10;
      default -> value;
    };
  }

  /**
   * Fails with what is known when the application is no longer running, e.g. because it ran out of
   * heap during {@code phase}.
   */
  void requireAlive(String phase) {
    if (process.isAlive()) {
      return;
    }
    throw exited(phase);
  }

  /**
   * A request to the application failed during {@code phase}: if that is because the application is
   * exiting, the reason it exited; otherwise the failure itself.
   */
  RuntimeException explain(RuntimeException failure, String phase) {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? failure : exited(phase);
  }

  private IllegalStateException exited(String phase) {
    String cause = "";
    try {
      if (Files.readString(log).contains("java.lang.OutOfMemoryError")) {
        cause =
            ": it ran out of heap (-Xmx"
                + options.heap()
                + "), see the heap dump "
                + log.resolveSibling("out-of-memory.hprof");
      }
    } catch (IOException | RuntimeException unreadable) {
      // the exit code is still worth reporting
    }
    return new IllegalStateException(
        String.format(
            "The application exited with code %d while %s%s; see %s and %s",
            process.exitValue(), phase, cause, log, log.resolveSibling("gc.log")));
  }

  /**
   * CPU time used so far by the application and by its embedded PostgreSQL (the server, its live
   * backends, and the backends that have exited), in seconds; 0 where there is no {@code /proc}. It
   * says what the work cost whatever else the machine was doing meanwhile.
   */
  double cpuSeconds() {
    Set<Long> pids = new HashSet<>();
    withDescendants(ProcessHandle.of(process.pid()), pids);
    try {
      // started by pg_ctl, the server need not be a child of the application
      withDescendants(
          ProcessHandle.of(
              Long.parseLong(
                  Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                      .get(0)
                      .trim())),
          pids);
    } catch (IOException | RuntimeException noEmbeddedDatabase) {
      // an external database (--jdbc-url): the application's own time only
    }
    return pids.stream().mapToLong(AppProcess::cpuTicks).sum() / 100.0;
  }

  private static void withDescendants(Optional<ProcessHandle> root, Set<Long> pids) {
    root.ifPresent(
        r -> {
          pids.add(r.pid());
          r.descendants().forEach(d -> pids.add(d.pid()));
        });
  }

  /** utime, stime, cutime and cstime of a process, in clock ticks (1/100 s). */
  private static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the fields after the command name, which is in parentheses and may hold spaces
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11])
          + Long.parseLong(fields[12])
          + Long.parseLong(fields[13])
          + Long.parseLong(fields[14]);
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  /** The largest resident set the process had (VmHWM), in KiB. */
  long peakRssKb() {
    return Math.max(peakRssKb, procStatus("VmHWM"));
  }

  private void awaitHealthy() throws Exception {
    ApiClient client = new ApiClient(httpPort, "admin", "journey-admin");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      requireAlive("starting");
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
  public synchronized void close() throws Exception {
    if (stopping) {
      return;
    }
    stopping = true;
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    stopOrphanedDatabase();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * An application that died without shutting down (killed, out of heap) leaves its embedded
   * PostgreSQL running; it is stopped (SIGTERM, a fast shutdown) before its files are removed.
   */
  private void stopOrphanedDatabase() throws InterruptedException {
    Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
    long pid;
    try {
      pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    } catch (IOException | RuntimeException none) {
      return;
    }
    var postgres = ProcessHandle.of(pid);
    if (postgres.isEmpty()) {
      return;
    }
    postgres.get().destroy();
    try {
      postgres.get().onExit().get(1, TimeUnit.MINUTES);
    } catch (ExecutionException | TimeoutException e) {
      postgres.get().destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
