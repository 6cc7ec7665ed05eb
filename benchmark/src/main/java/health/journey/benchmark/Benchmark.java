package health.journey.benchmark;

import health.journey.benchmark.population.Population;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark harness: the application jar on a fresh PostgreSQL, measured against what that
 * PostgreSQL does on its own in the same run. Every speed figure is a ratio to that ceiling,
 * because absolute times drift on shared machines.
 */
public final class Benchmark {

  private static final String PROJECTION = "every projection";

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    require(Files.exists(options.appJar()), "No application jar at " + options.appJar());
    require(Files.exists(options.driverJar()), "No driver jar at " + options.driverJar());
    String stamp =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path results = options.resultsDir().resolve(stamp + "-" + options.patients());
    Files.createDirectories(results);
    try {
      new Benchmark(options, results).run();
    } catch (IllegalStateException e) {
      System.err.println("Benchmark failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private final Options options;
  private final Path results;
  private final Report report = new Report();
  private final long began = System.nanoTime();

  private Benchmark(Options options, Path results) {
    this.options = options;
    this.results = results;
  }

  private void run() throws Exception {
    say(
        "Starting the application (%s, heap %s)%s",
        options.appJar(),
        options.heap(),
        options.jdbcUrl() == null ? " on a fresh embedded PostgreSQL" : " on " + options.jdbcUrl());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Population population = new Population(options.seed(), today, options.reportsPerPatient());
    try (AppProcess app = AppProcess.start(options, results.resolve("application.log"))) {
      describeRun(app);

      say(
          "Measuring the raw PostgreSQL ceiling (%d connections, %d s each)...",
          RawCeiling.CONNECTIONS, options.ceilingSeconds());
      RawCeiling.Result ceiling =
          RawCeiling.measure(
              app.jdbcUrl(), options.jdbcUser(), options.jdbcPassword(), options.ceilingSeconds());
      say(
          "  single-row inserts: %,.0f tx/s; batched (10 rows/tx): %,.0f rows/s",
          ceiling.singleInsertsPerSecond(), ceiling.batchedRowsPerSecond());

      long loadBegan = System.nanoTime();
      double cpuBeforeLoad = app.cpuSeconds();
      JsonNode load = loadPopulation(app, today);
      long events = count(app, "SELECT count(*) FROM domainevententry");
      double gatewaySeconds = load.path("elapsedMillis").asDouble() / 1000;
      double gatewayRate = load.path("commandsDone").asDouble() / gatewaySeconds;
      report.describe("events after load", events);
      report.describe(
          "events per patient",
          String.format(Locale.ROOT, "%.1f", (double) events / options.patients()));
      awaitProjection(app, "Projecting the load");
      double loadMinutes = (System.nanoTime() - loadBegan) / 6e10;
      double loadCpuMillisPerPatient =
          (app.cpuSeconds() - cpuBeforeLoad) * 1000 / options.patients();
      report.describe(
          "population load",
          String.format(
              Locale.ROOT,
              "%.1f min (commands %.1f min, then the projections catching up); CPU of the"
                  + " application and its PostgreSQL: %.1f ms a patient",
              loadMinutes,
              gatewaySeconds / 60,
              loadCpuMillisPerPatient));
      report.describe(
          "exam reports / indicator values / questionnaire answers / bookings after load",
          String.format(
              Locale.ROOT,
              "%,d / %,d / %,d / %,d",
              count(app, "SELECT count(*) FROM exam_report"),
              count(app, "SELECT count(*) FROM indicator_value"),
              count(app, "SELECT count(*) FROM questionnaire_answer"),
              count(app, "SELECT count(*) FROM exam_booking")));
      say(
          "  population loaded and projected in %.1f min, %.1f ms of CPU a patient",
          loadMinutes, loadCpuMillisPerPatient);
      long liveAfterLoad = app.liveHeapBytes();
      say("  live heap after the load (full collection): %s", mib(liveAfterLoad));

      say(
          "API: warming up for %d s, then GraphQL mutations over HTTP from %d clients for %d s...",
          options.warmupSeconds(), options.clients(), options.apiSeconds());
      ApiLoad.run(app, population, options, options.warmupSeconds());
      ApiLoad.Result api = ApiLoad.run(app, population, options, options.apiSeconds());
      app.requireAlive("taking GraphQL mutations");
      say("  %,.0f commands/s (%d errors)", api.perSecond(), api.errors());
      awaitProjection(app, "Projecting the API load");

      say(
          "Answers: PHQ-9 answers over GraphQL from %d clients for %d s (after %d s warming up)...",
          options.clients(), options.apiSeconds(), options.warmupSeconds() / 2);
      AnswerLoad.run(app, population, options, options.warmupSeconds() / 2);
      ClosedLoop.Result answers = AnswerLoad.run(app, population, options, options.apiSeconds());
      app.requireAlive("taking questionnaire answers");
      say("  %,.0f answers/s%s", answers.perSecond(), errors(answers));
      awaitProjection(app, "Projecting the answers");

      say(
          "FHIR: report bundles of %d values to POST /fhir/r4/Bundle from %d clients for %d s"
              + " (after %d s warming up)...",
          FhirLoad.VALUES_PER_BUNDLE,
          options.fhirClients(),
          options.apiSeconds(),
          options.warmupSeconds() / 2);
      FhirLoad.run(app, population, options, options.warmupSeconds() / 2);
      FhirLoad.Result fhir = FhirLoad.run(app, population, options, options.apiSeconds());
      app.requireAlive("taking FHIR bundles");
      say(
          "  %,.1f bundles/s, %,.0f indicator values/s%s",
          fhir.bundlesPerSecond(), fhir.valuesPerSecond(), errors(fhir.loop()));
      awaitProjection(app, "Projecting the FHIR bundles");
      say(
          "  stored: %s reports with %s indicator values, of %,d bundles sent (warm-up included)",
          query(app, "SELECT count(*) FROM exam_report WHERE identifier LIKE 'FL-%'"),
          query(
              app,
              "SELECT count(*) FROM indicator_value WHERE report_id IN"
                  + " (SELECT report_id FROM exam_report WHERE identifier LIKE 'FL-%')"),
          FhirLoad.sent());

      long replayedEvents = count(app, "SELECT count(*) FROM domainevententry");
      say(
          "Replay: resetting %s and rebuilding them from %,d events...",
          PROJECTION, replayedEvents);
      double replaySeconds = replay(app);
      double replayRate = replayedEvents / replaySeconds;
      say("  %,.0f events/s", replayRate);

      ReadLoad.Result list = read(ReadLoad.Kind.PATIENT_LIST, app, population);
      ReadLoad.Result detail = read(ReadLoad.Kind.PATIENT_DETAIL, app, population);
      ReadLoad.Result audit = read(ReadLoad.Kind.AUDIT_TRAIL, app, population);
      ReadLoad.Result series = read(ReadLoad.Kind.INDICATOR_SERIES, app, population);

      long peakRss = app.peakRssKb();
      long peakHeap = app.peakHeapBytes();
      long liveAtEnd = app.liveHeapBytes();
      double readGoal = options.patients() >= 100_000 ? 50 : 20;

      double single = ceiling.singleInsertsPerSecond();
      double batched = ceiling.batchedRowsPerSecond();
      row(
          "raw PostgreSQL: single-row insert transactions/s (8 connections)",
          rate(single),
          "1.00",
          "",
          null);
      row(
          "raw PostgreSQL: batched insert rows/s (10 rows/tx, 8 connections)",
          rate(batched),
          "1.00",
          "",
          null);
      row(
          "API commands/s (GraphQL over HTTP, " + options.clients() + " clients, read-your-writes)",
          rate(api.perSecond()),
          ratio(api.perSecond() / single),
          "≥ 0.50 × single-insert",
          api.perSecond() >= 0.5 * single);
      row("API command latency p50 / p95 / p99", latency(api.latency()), "", "", null);
      row(
          "CommandGateway commands/s (" + options.clients() + " threads, in process)",
          rate(gatewayRate),
          ratio(gatewayRate / single),
          "",
          null);
      row("CommandGateway latency p50 / p95 / p99", latency(load), "", "", null);
      row(
          "questionnaire answers/s (PHQ-9 over GraphQL, "
              + options.clients()
              + " clients, read-your-writes)",
          rate(answers.perSecond()),
          ratio(answers.perSecond() / single),
          "",
          null);
      row("questionnaire answer latency p50 / p95 / p99", latency(answers.latency()), "", "", null);
      row(
          "FHIR report bundles/s (POST /fhir/r4/Bundle, "
              + options.fhirClients()
              + " clients, "
              + FhirLoad.VALUES_PER_BUNDLE
              + " values each)",
          String.format(Locale.ROOT, "%,.1f /s", fhir.bundlesPerSecond()),
          "",
          "",
          null);
      row(
          "FHIR indicator values/s",
          rate(fhir.valuesPerSecond()),
          ratio(fhir.valuesPerSecond() / batched),
          "≥ 0.25 × batched rows",
          fhir.valuesPerSecond() >= 0.25 * batched);
      row("FHIR bundle latency p50 / p95 / p99", latency(fhir.loop().latency()), "", "", null);
      row(
          "replay events/s (reset and rebuild " + PROJECTION + " at once)",
          rate(replayRate),
          ratio(replayRate / batched),
          "≥ 0.50 × batched rows",
          replayRate >= 0.5 * batched);
      for (ReadLoad.Result r : new ReadLoad.Result[] {list, detail, audit, series}) {
        row(
            "read "
                + r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " p50 / p99 ("
                + r.latency().count()
                + " reads)",
            String.format(Locale.ROOT, "%.1f / %.1f ms", r.latency().p50(), r.latency().p99()),
            "",
            String.format(Locale.ROOT, "p99 < %.0f ms", readGoal),
            r.latency().p99() < readGoal);
      }
      row("peak heap used", mib(peakHeap), "", "≤ 512 MiB", peakHeap <= 512L * 1024 * 1024);
      row(
          "live heap after the load / at the end (full collection)",
          mib(liveAfterLoad) + " / " + mib(liveAtEnd),
          "",
          "",
          null);
      row(
          "peak resident memory (application JVM)",
          String.format(Locale.ROOT, "%,d MiB", peakRss / 1024),
          "",
          "",
          null);
      long gatewayFailures = load.path("failures").asLong();
      long failed =
          gatewayFailures
              + api.errors()
              + answers.errors()
              + fhir.loop().errors()
              + list.errors()
              + detail.errors()
              + audit.errors()
              + series.errors();
      row(
          "failed requests (gateway / API / answers / FHIR / list / detail / audit / series)",
          String.format(
              Locale.ROOT,
              "%d / %d / %d / %d / %d / %d / %d / %d",
              gatewayFailures,
              api.errors(),
              answers.errors(),
              fhir.loop().errors(),
              list.errors(),
              detail.errors(),
              audit.errors(),
              series.errors()),
          "",
          "none",
          failed == 0);

      report.number("rawSingleInsertsPerSecond", single);
      report.number("rawBatchedRowsPerSecond", batched);
      report.number("apiCommandsPerSecond", api.perSecond());
      report.number("apiP50Millis", api.latency().p50());
      report.number("apiP95Millis", api.latency().p95());
      report.number("apiP99Millis", api.latency().p99());
      report.number("apiErrors", api.errors());
      report.number("gatewayCommandsPerSecond", gatewayRate);
      report.number("gatewayP50Millis", load.path("p50Millis").asDouble());
      report.number("gatewayP95Millis", load.path("p95Millis").asDouble());
      report.number("gatewayP99Millis", load.path("p99Millis").asDouble());
      report.number("gatewayFailures", load.path("failures").asDouble());
      report.number("answersPerSecond", answers.perSecond());
      report.number("answerP50Millis", answers.latency().p50());
      report.number("answerP95Millis", answers.latency().p95());
      report.number("answerP99Millis", answers.latency().p99());
      report.number("answerErrors", answers.errors());
      report.number("fhirBundlesPerSecond", fhir.bundlesPerSecond());
      report.number("fhirValuesPerSecond", fhir.valuesPerSecond());
      report.number("fhirValuesRatioToBatchedRows", fhir.valuesPerSecond() / batched);
      report.number("fhirP50Millis", fhir.loop().latency().p50());
      report.number("fhirP95Millis", fhir.loop().latency().p95());
      report.number("fhirP99Millis", fhir.loop().latency().p99());
      report.number("fhirErrors", fhir.loop().errors());
      report.number("populationLoadMinutes", loadMinutes);
      report.number("populationLoadCpuMillisPerPatient", loadCpuMillisPerPatient);
      report.number("replayEventsPerSecond", replayRate);
      report.number("replayedEvents", replayedEvents);
      for (ReadLoad.Result r : new ReadLoad.Result[] {list, detail, audit, series}) {
        String key = r.kind().name().toLowerCase(Locale.ROOT);
        report.number(key + "P50Millis", r.latency().p50());
        report.number(key + "P99Millis", r.latency().p99());
        report.number(key + "Errors", r.errors());
      }
      report.number("peakHeapMiB", peakHeap / 1024.0 / 1024.0);
      report.number("liveHeapAfterLoadMiB", liveAfterLoad / 1024.0 / 1024.0);
      report.number("liveHeapAtEndMiB", liveAtEnd / 1024.0 / 1024.0);
      report.number("peakRssMiB", peakRss / 1024.0);
      report.describe(
          "duration", String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - began) / 6e10));
    }

    System.out.println();
    System.out.print(report.table());
    report.write(results);
    say("Results written to %s", results);
    if (options.append()) {
      report.appendTo(options.benchmarksFile());
      say("Run appended to %s", options.benchmarksFile());
    }
  }

  private JsonNode loadPopulation(AppProcess app, LocalDate today) throws Exception {
    say(
        "Loading %,d synthetic patients (seed %d) through the CommandGateway with %d threads...",
        options.patients(), options.seed(), options.clients());
    ApiClient admin = app.admin();
    admin.post(
        String.format(
            Locale.ROOT,
            "/admin/benchmark/gateway-load?seed=%d&from=0&to=%d&threads=%d&today=%s&reports=%d",
            options.seed(),
            options.patients(),
            options.clients(),
            today,
            options.reportsPerPatient()));
    JsonNode status;
    while (true) {
      TimeUnit.SECONDS.sleep(3);
      status = poll(app, admin, "/admin/benchmark/gateway-load", "loading the population");
      double seconds = status.path("elapsedMillis").asDouble() / 1000;
      say(
          "  %,d / %,d patients, %,d commands, %,.0f commands/s%s",
          status.path("patientsDone").asLong(),
          options.patients(),
          status.path("commandsDone").asLong(),
          status.path("commandsDone").asDouble() / Math.max(seconds, 0.001),
          status.path("failures").asLong() > 0
              ? ", "
                  + status.path("failures").asLong()
                  + " failed ("
                  + status.path("lastFailure").asString("")
                  + ")"
              : "");
      if (!status.path("running").asBoolean()) {
        return status;
      }
    }
  }

  private void awaitProjection(AppProcess app, String what) throws Exception {
    ApiClient admin = app.admin();
    while (true) {
      Progress progress =
          progress(poll(app, admin, "/admin/processors", what.toLowerCase(Locale.ROOT)));
      if (progress.caughtUp()) {
        return;
      }
      say(
          "  %s: %,d of %,d%s",
          what,
          progress.lowest(),
          progress.head(),
          progress.error() ? " (a processor in error, retrying)" : "");
      TimeUnit.SECONDS.sleep(2);
    }
  }

  /** Where the projections stand together: the slowest one, against the head of the store. */
  private record Progress(boolean caughtUp, long lowest, long head, boolean error) {}

  private static Progress progress(JsonNode processors) {
    boolean caughtUp = processors.size() > 0;
    long lowest = Long.MAX_VALUE;
    long head = 0;
    boolean error = false;
    for (JsonNode p : processors) {
      caughtUp &= p.path("caughtUp").asBoolean();
      lowest = Math.min(lowest, p.path("lowestPosition").asLong());
      head = Math.max(head, p.path("headPosition").asLong());
      error |= p.path("error").asBoolean();
    }
    return new Progress(caughtUp, lowest == Long.MAX_VALUE ? -1 : lowest, head, error);
  }

  /** Asks the application how a phase stands; fails saying why if the application has exited. */
  private static JsonNode poll(AppProcess app, ApiClient admin, String path, String phase) {
    app.requireAlive(phase);
    try {
      return admin.get(path);
    } catch (RuntimeException e) {
      throw app.explain(e, phase);
    }
  }

  /** Rebuilds every projection at once; the time until the last of them has caught up. */
  private double replay(AppProcess app) throws Exception {
    ApiClient admin = app.admin();
    long start = System.nanoTime();
    for (JsonNode processor : poll(app, admin, "/admin/processors", "replaying")) {
      admin.post("/admin/processors/" + processor.path("name").asString() + "/replay");
    }
    while (true) {
      Progress progress = progress(poll(app, admin, "/admin/processors", "replaying"));
      if (progress.caughtUp()) {
        return (System.nanoTime() - start) / 1e9;
      }
      TimeUnit.MILLISECONDS.sleep(250);
      if ((System.nanoTime() - start) / 1_000_000_000L % 5 == 0) {
        say("  replayed %,d of %,d", progress.lowest(), progress.head());
      }
    }
  }

  private ReadLoad.Result read(ReadLoad.Kind kind, AppProcess app, Population population)
      throws Exception {
    say(
        "Reads: %s from %d clients for %d s (after %d s warming up)...",
        kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
        options.clients(),
        options.readSeconds(),
        options.warmupSeconds() / 2);
    ReadLoad.run(kind, app, population, options, options.warmupSeconds() / 2);
    ReadLoad.Result result = ReadLoad.run(kind, app, population, options, options.readSeconds());
    app.requireAlive("serving reads");
    say(
        "  p50 %.1f ms, p99 %.1f ms over %,d reads (%d errors)",
        result.latency().p50(), result.latency().p99(), result.latency().count(), result.errors());
    return result;
  }

  private void describeRun(AppProcess app) throws Exception {
    report.describe(
        "date", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    report.describe("commit", command("git", "rev-parse", "--short", "HEAD"));
    report.describe("cores", Runtime.getRuntime().availableProcessors());
    report.describe("memory", memTotal());
    report.describe("patients", options.patients());
    report.describe("clients", options.clients());
    report.describe("FHIR clients", options.fhirClients());
    report.describe("exam reports per patient (average)", options.reportsPerPatient());
    report.describe("seed", options.seed());
    report.describe("application heap", options.heap());
    report.describe(
        "database",
        options.jdbcUrl() == null
            ? "embedded PostgreSQL "
                + query(app, "SHOW server_version")
                + " (fsync on, synchronous_commit on)"
            : options.jdbcUrl());
  }

  private long count(AppProcess app, String sql) throws Exception {
    return Long.parseLong(query(app, sql));
  }

  private String query(AppProcess app, String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(app.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void row(String figure, String value, String ratio, String goal, Boolean met) {
    report.add(new Report.Row(figure, value, ratio, goal, met));
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f /s", perSecond);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static String mib(long bytes) {
    if (bytes <= 0) {
      return "not measured";
    }
    return String.format(Locale.ROOT, "%,d MiB", bytes / 1024 / 1024);
  }

  private static String errors(ClosedLoop.Result result) {
    return result.errors() == 0
        ? ""
        : String.format(
            Locale.ROOT, " (%d errors, the first: %s)", result.errors(), result.firstError());
  }

  private static String latency(Latencies.Summary s) {
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", s.p50(), s.p95(), s.p99());
  }

  private static String latency(JsonNode load) {
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f / %.1f ms",
        load.path("p50Millis").asDouble(),
        load.path("p95Millis").asDouble(),
        load.path("p99Millis").asDouble());
  }

  private static String memTotal() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (Exception e) {
      // not Linux
    }
    return "unknown";
  }

  private static String command(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line = out.readLine();
        return p.waitFor() == 0 && line != null ? line.trim() : "unknown";
      }
    } catch (Exception e) {
      return "unknown";
    }
  }

  private void say(String format, Object... args) {
    long seconds = (System.nanoTime() - began) / 1_000_000_000L;
    System.out.printf(
        Locale.ROOT,
        "[%02d:%02d] %s%n",
        seconds / 60,
        seconds % 60,
        String.format(Locale.ROOT, format, args));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      System.err.println(message + " (build first: ./mvnw -DskipTests package)");
      System.exit(2);
    }
  }
}
