package health.journey.benchmark;

import health.journey.benchmark.population.Population;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The harness's command-line options, each with its default. */
record Options(
    int patients,
    int clients,
    int fhirClients,
    int reportsPerPatient,
    long seed,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    Path appJar,
    Path driverJar,
    int ceilingSeconds,
    int apiSeconds,
    int readSeconds,
    int warmupSeconds,
    String heap,
    String jvmArgs,
    Path resultsDir,
    Path benchmarksFile,
    boolean append) {

  static final String USAGE =
      """
      Usage: benchmark/run [options]
        --patients N          synthetic patients to load (default 10000)
        --clients N           concurrent clients for loads and reads (default 16)
        --fhir-clients N      concurrent senders of FHIR report bundles (default 8)
        --reports N           yearly exam reports of about 30 indicators a patient has: each
                              has N-1 to N+1 of them, N on average (default 4; 0 for none).
                              Every report is a heavy event (its 30 values sealed), so it
                              sets the population's load and replay time
        --seed N              seed of the synthetic population (default 42)
        --jdbc-url URL        use this (empty) PostgreSQL instead of a fresh embedded one
        --jdbc-user U         its user (default postgres)
        --jdbc-password P     its password (default empty)
        --ceiling-seconds N   length of each raw PostgreSQL measurement (default 10)
        --api-seconds N       length of each write measurement: GraphQL mutations,
                              questionnaire answers, FHIR bundles (default 30)
        --read-seconds N      length of each read measurement (default 15)
        --warmup-seconds N    unmeasured load before the API measurement, and half as long before
                              each other write and read measurement, so the JIT has compiled
                              the paths being measured (default 40: a read costs the
                              application about three times as much CPU in its first ten
                              thousand requests as after)
        --heap SIZE           the application's maximum heap (default 512m); the application
                              writes a GC log next to its log, and if it runs out of heap it
                              leaves a heap dump there and stops, and the run fails saying so
        --jvm-args "ARGS"     more JVM options for the application, e.g. to record a profile:
                              "-XX:StartFlightRecording=filename=app.jfr,settings=profile"
        --app-jar PATH        the application jar (default app/target/patient-journey.jar)
        --results DIR         where result files go (default benchmark-results)
        --no-append           do not append the run to docs/benchmarks.md
      """;

  static Options parse(String[] args) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        System.out.print(USAGE);
        System.exit(0);
      }
      if (arg.equals("--no-append")) {
        given.put("no-append", "true");
        continue;
      }
      if (!arg.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
      }
      given.put(arg.substring(2), args[++i]);
    }
    Options options =
        new Options(
            Integer.parseInt(given.getOrDefault("patients", "10000")),
            Integer.parseInt(given.getOrDefault("clients", "16")),
            Integer.parseInt(given.getOrDefault("fhir-clients", "8")),
            Integer.parseInt(
                given.getOrDefault(
                    "reports", Integer.toString(Population.DEFAULT_REPORTS_PER_PATIENT))),
            Long.parseLong(given.getOrDefault("seed", "42")),
            given.get("jdbc-url"),
            given.getOrDefault("jdbc-user", "postgres"),
            given.getOrDefault("jdbc-password", ""),
            Path.of(given.getOrDefault("app-jar", "app/target/patient-journey.jar")),
            Path.of(given.getOrDefault("driver-jar", "benchmark/target/journey-benchmark.jar")),
            Integer.parseInt(given.getOrDefault("ceiling-seconds", "10")),
            Integer.parseInt(given.getOrDefault("api-seconds", "30")),
            Integer.parseInt(given.getOrDefault("read-seconds", "15")),
            Integer.parseInt(given.getOrDefault("warmup-seconds", "40")),
            given.getOrDefault("heap", "512m"),
            given.getOrDefault("jvm-args", ""),
            Path.of(given.getOrDefault("results", "benchmark-results")),
            Path.of(given.getOrDefault("benchmarks-file", "docs/benchmarks.md")),
            !given.containsKey("no-append"));
    for (String key : given.keySet()) {
      if (!java.util.Set.of(
              "patients",
              "clients",
              "fhir-clients",
              "reports",
              "seed",
              "jdbc-url",
              "jdbc-user",
              "jdbc-password",
              "app-jar",
              "driver-jar",
              "ceiling-seconds",
              "api-seconds",
              "read-seconds",
              "warmup-seconds",
              "heap",
              "jvm-args",
              "results",
              "benchmarks-file",
              "no-append")
          .contains(key)) {
        throw new IllegalArgumentException("Unknown option --" + key + "\n" + USAGE);
      }
    }
    return options;
  }
}
