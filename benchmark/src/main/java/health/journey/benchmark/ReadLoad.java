package health.journey.benchmark;

import health.journey.benchmark.population.LabPanel;
import health.journey.benchmark.population.Population;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/** Read latency at the loaded size, from concurrent clients, one kind of read at a time. */
final class ReadLoad {

  enum Kind {
    /**
     * {@code patients(...)} filtered by a tag, 20 a page, walking on to later pages half the time.
     */
    PATIENT_LIST,
    /** {@code patient(id)} with tags, consents, health record and the first 20 timeline entries. */
    PATIENT_DETAIL,
    /** {@code auditTrail(patientId)} read from the event store. */
    AUDIT_TRAIL,
    /**
     * {@code patient(id) { indicatorSeries(indicator) }}: every value of one indicator of the
     * yearly panel over all the patient's years, with lowest, highest, direction and year over
     * year.
     */
    INDICATOR_SERIES
  }

  record Result(Kind kind, long errors, Latencies.Summary latency) {}

  private static final String LIST =
      """
      query($filter: PatientFilter, $after: String) {
        patients(filter: $filter, first: 20, after: $after) {
          edges { cursor node { id cardNumber name phone stage age tags { name } } }
          pageInfo { hasNextPage endCursor }
        }
      }""";
  private static final String DETAIL =
      """
      query($id: ID!) {
        patient(id: $id) {
          id cardNumber tier channel name phone idNumber sex birthDate age stage eventCount
          tags { name appliedBy reason }
          consents { purpose status wordingVersion changedAt }
          healthRecord { allergies medications lifestyle { smoking drinking }
                         measurements { heightCm weightKg bmi measuredOn } }
          timeline(first: 20) { edges { node { sequence kind summary occurredAt actor } } }
        }
      }""";
  private static final String AUDIT =
      """
      query($id: ID!) {
        auditTrail(patientId: $id) { sequence eventType recordedAt actor actingRole payload }
      }""";

  private static final String SERIES =
      """
      query($id: ID!, $indicator: String!) {
        patient(id: $id) {
          indicatorSeries(indicator: $indicator) {
            indicator
            values { value unit flag effectiveAt }
            min max direction
            yearOverYear { year value change }
          }
        }
      }""";
  private static final List<String> SERIES_INDICATORS = LabPanel.indicatorIds();

  static Result run(Kind kind, AppProcess app, Population population, Options options, int seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(options.clients());
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<Future<Latencies>> parts = new ArrayList<>();
    for (int t = 0; t < options.clients(); t++) {
      int client = t;
      parts.add(
          pool.submit(
              () -> {
                ApiClient api =
                    kind == Kind.AUDIT_TRAIL
                        ? new ApiClient(app.httpPort(), "audit.sun", "journey-audit")
                        : new ApiClient(app.httpPort(), "dr.wang", "journey-dr");
                Random random = new Random(options.seed() * 17 + client);
                Latencies latencies = new Latencies();
                String cursor = null;
                String tag = Population.COMMON_TAGS.get(client % Population.COMMON_TAGS.size());
                while (System.nanoTime() < deadline) {
                  String document;
                  Map<String, Object> variables = new HashMap<>();
                  switch (kind) {
                    case PATIENT_LIST -> {
                      document = LIST;
                      if (cursor == null || random.nextBoolean()) {
                        tag =
                            Population.COMMON_TAGS.get(
                                random.nextInt(Population.COMMON_TAGS.size()));
                        cursor = null;
                      }
                      variables.put("filter", Map.of("tag", tag));
                      variables.put("after", cursor);
                    }
                    case PATIENT_DETAIL -> {
                      document = DETAIL;
                      variables.put(
                          "id",
                          population.patientId(random.nextInt(options.patients())).toString());
                    }
                    case AUDIT_TRAIL -> {
                      document = AUDIT;
                      variables.put(
                          "id",
                          population.patientId(random.nextInt(options.patients())).toString());
                    }
                    case INDICATOR_SERIES -> {
                      document = SERIES;
                      variables.put(
                          "id",
                          population.patientId(random.nextInt(options.patients())).toString());
                      variables.put(
                          "indicator",
                          SERIES_INDICATORS.get(random.nextInt(SERIES_INDICATORS.size())));
                    }
                    default -> throw new IllegalArgumentException(kind.name());
                  }
                  long start = System.nanoTime();
                  try {
                    JsonNode response = api.graphQl(document, variables);
                    long took = System.nanoTime() - start;
                    if (response.path("errors").isArray() && !response.path("errors").isEmpty()) {
                      errors.incrementAndGet();
                      continue;
                    }
                    latencies.record(took);
                    if (kind == Kind.PATIENT_LIST) {
                      JsonNode page = response.at("/data/patients/pageInfo");
                      cursor =
                          page.path("hasNextPage").asBoolean()
                              ? page.path("endCursor").asString()
                              : null;
                    }
                  } catch (RuntimeException e) {
                    errors.incrementAndGet();
                  }
                }
                return latencies;
              }));
    }
    List<Latencies> all = new ArrayList<>();
    for (Future<Latencies> part : parts) {
      all.add(part.get());
    }
    pool.shutdown();
    return new Result(kind, errors.get(), Latencies.merge(all).summary());
  }

  private ReadLoad() {}
}
