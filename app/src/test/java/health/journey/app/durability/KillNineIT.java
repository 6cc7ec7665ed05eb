package health.journey.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.GraphQl;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application jar runs as its own process; clients send commands; the process is killed with
 * SIGKILL in the middle of the load and started again on the same data directory (its PostgreSQL
 * still running from before). Every command a client saw acknowledged must be in the event store,
 * no command may be half applied, and once the projection has caught up it must agree with the
 * event store exactly.
 */
class KillNineIT {

  private static final int CLIENTS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
  private static final String OPEN_CARD =
      """
      mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }""";
  private static final String APPLY_TAG =
      """
      mutation($in: TagInput!) { applyTag(input: $in) { patientId } }""";

  @TempDir Path dataDir;

  private final List<Process> processes = new ArrayList<>();
  private int httpPort;
  private int databasePort;

  /** What clients saw acknowledged: patients opened, and tags applied per patient. */
  private final Set<String> acknowledgedPatients = ConcurrentHashMap.newKeySet();

  private final Map<String, Set<String>> acknowledgedTags = new ConcurrentHashMap<>();

  @AfterEach
  void stopEverything() throws Exception {
    for (Process p : processes) {
      if (p.isAlive()) {
        p.destroy();
        p.waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void everyAcknowledgedCommandSurvivesAKillAndTheProjectionCatchesUpExactly() throws Exception {
    httpPort = freePort();
    databasePort = freePort();
    Process first = start();
    awaitHealthy(first);

    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger acknowledged = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.submit(() -> load(client, stop, acknowledged, enough));
    }
    assertThat(enough.await(120, TimeUnit.SECONDS)).as("load reached its target").isTrue();

    first.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is left running
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    stop.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid")))
        .as("the killed application's PostgreSQL is still there")
        .isTrue();

    Process second = start();
    awaitHealthy(second);
    assertThat(Files.readString(logOf(1)))
        .as("the restart stopped the leftover PostgreSQL instead of talking to it")
        .contains("left by an earlier run still holds")
        .contains("Leftover PostgreSQL pid");

    try (Connection db =
        DriverManager.getConnection(
            "jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "")) {
      Map<String, List<String>> stored = storedEventTypes(db);
      // every acknowledged command is in the event store
      for (String patient : acknowledgedPatients) {
        assertThat(stored).containsKey(patient);
      }
      Map<String, Set<String>> storedTags = storedTags(db);
      acknowledgedTags.forEach(
          (patient, tags) -> assertThat(storedTags.get(patient)).containsAll(tags));
      // no command half applied: a card always comes with the two consents given with it
      stored.forEach(
          (patient, types) ->
              assertThat(types.subList(0, 3))
                  .as("first events of " + patient)
                  .containsExactly("CardOpened", "ConsentGiven", "ConsentGiven"));

      // the projection catches up and then equals the event store
      awaitProjectionCaughtUp(db, stored);
      Map<String, Long> projectedCounts =
          longs(db, "SELECT patient_id::text, last_sequence + 1 FROM patient_summary");
      Map<String, Long> timelineCounts =
          longs(
              db,
              "SELECT patient_id::text, count(*) FROM patient_timeline_entry GROUP BY patient_id");
      Map<String, Set<String>> projectedTags = projectedTags(db);
      assertThat(projectedCounts.keySet()).isEqualTo(stored.keySet());
      stored.forEach(
          (patient, types) -> {
            assertThat(projectedCounts.get(patient)).isEqualTo(types.size());
            assertThat(timelineCounts.get(patient)).isEqualTo(types.size());
            assertThat(projectedTags.getOrDefault(patient, Set.of()))
                .isEqualTo(storedTags.getOrDefault(patient, Set.of()));
          });
      assertThat(count(db, "SELECT count(*) FROM deadletterentry")).isZero();
    }
    assertThat(acknowledged.get()).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

    second.destroy(); // SIGTERM: a clean stop takes PostgreSQL down with it
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isFalse();
  }

  /** One client: opens cards (three events each) and tags the patients it opened, until stopped. */
  private void load(
      int client, AtomicBoolean stop, AtomicInteger acknowledged, CountDownLatch enough) {
    GraphQl api = new GraphQl(httpPort);
    List<String> mine = new ArrayList<>();
    int n = 0;
    while (!stop.get()) {
      n++;
      try {
        if (mine.isEmpty() || n % 3 == 0) {
          Map<String, Object> input = new HashMap<>();
          input.put("channel", "WALK_IN");
          input.put("name", "客户" + client + "-" + n);
          input.put("clientRequestId", UUID.randomUUID().toString());
          input.put(
              "consents",
              List.of(
                  Map.of(
                      "purpose",
                      "DATA_PROCESSING",
                      "channel",
                      "PAPER_FORM",
                      "wordingVersion",
                      "dp-1"),
                  Map.of(
                      "purpose",
                      "FOLLOW_UP_CONTACT",
                      "channel",
                      "PAPER_FORM",
                      "wordingVersion",
                      "fu-1")));
          Response r = api.post(User.CUSTOMER_SERVICE, OPEN_CARD, Map.of("in", input));
          if (r.status() == 200 && !r.hasErrors()) {
            String id = r.data().at("/openCard/patientId").asString();
            acknowledgedPatients.add(id);
            mine.add(id);
            ack(acknowledged, enough);
          }
        } else {
          String id = mine.get(n % mine.size());
          String tag = "tag-" + (n % 7);
          Response r =
              api.post(
                  User.HEALTH_MANAGER,
                  APPLY_TAG,
                  Map.of("in", Map.of("patientId", id, "tag", tag, "reason", "load")));
          if (r.status() == 200 && !r.hasErrors()) {
            acknowledgedTags.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(tag);
            ack(acknowledged, enough);
          }
        }
      } catch (RuntimeException connectionLost) {
        // the server is gone: whatever was not acknowledged may or may not be stored
      }
    }
  }

  private static void ack(AtomicInteger acknowledged, CountDownLatch enough) {
    if (acknowledged.incrementAndGet() >= ACKNOWLEDGED_BEFORE_KILL) {
      enough.countDown();
    }
  }

  private Process start() throws IOException {
    String jar = System.getProperty("journey.test.app-jar");
    assertThat(jar).as("the packaged application (run through Maven verify)").isNotNull();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = logOf(processes.size());
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true",
                "-jar",
                jar,
                "--journey.data-dir=" + dataDir,
                "--journey.database.embedded.port=" + databasePort,
                "--server.port=" + httpPort)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    processes.add(process);
    return process;
  }

  private Path logOf(int run) {
    return dataDir.resolveSibling(dataDir.getFileName() + "-app-" + run + ".log");
  }

  private void awaitHealthy(Process process) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the application is running").isTrue();
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      process.waitFor(200, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("the application did not become healthy");
  }

  private static void awaitProjectionCaughtUp(Connection db, Map<String, List<String>> stored)
      throws Exception {
    long total = stored.values().stream().mapToLong(List::size).sum();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      long projected = count(db, "SELECT coalesce(sum(last_sequence + 1), 0) FROM patient_summary");
      if (projected == total) {
        return;
      }
      try (Statement s = db.createStatement()) {
        s.execute("SELECT pg_sleep(0.1)");
      }
    }
    throw new AssertionError("the projection did not catch up with " + total + " events");
  }

  private static Map<String, List<String>> storedEventTypes(Connection db) throws SQLException {
    Map<String, List<String>> types = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT aggregateidentifier, payloadtype FROM domainevententry"
                    + " WHERE type = 'Patient' ORDER BY aggregateidentifier, sequencenumber")) {
      while (rs.next()) {
        String type = rs.getString(2);
        types
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(type.substring(type.lastIndexOf('.') + 1));
      }
    }
    return types;
  }

  private static Map<String, Set<String>> storedTags(Connection db) throws SQLException {
    Map<String, Set<String>> tags = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT aggregateidentifier, convert_from(payload, 'UTF8')::json ->> 'tag'"
                    + " FROM domainevententry WHERE payloadtype LIKE '%TagApplied'")) {
      while (rs.next()) {
        tags.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
      }
    }
    return tags;
  }

  private static Map<String, Set<String>> projectedTags(Connection db) throws SQLException {
    Map<String, Set<String>> tags = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT patient_id::text, tag FROM patient_tag")) {
      while (rs.next()) {
        tags.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
      }
    }
    return tags;
  }

  private static Map<String, Long> longs(Connection db, String sql) throws SQLException {
    Map<String, Long> values = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.put(rs.getString(1), rs.getLong(2));
      }
    }
    return values;
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
