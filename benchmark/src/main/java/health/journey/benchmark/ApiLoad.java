package health.journey.benchmark;

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

/**
 * Command throughput through the real API: authenticated GraphQL mutations over HTTP from
 * concurrent clients, each answered only once the read model shows it (read-your-writes), as
 * dashboards use the API. A mix of what staff do: tags, health-record updates, consents, and new
 * cards.
 */
final class ApiLoad {

  record Result(long commands, long errors, double seconds, Latencies.Summary latency) {
    double perSecond() {
      return commands / seconds;
    }
  }

  private static final String TAG =
      "mutation($in: TagInput!) { applyTag(input: $in) { patientId } }";
  private static final String HEALTH_RECORD =
      "mutation($in: UpdateHealthRecordInput!) { updateHealthRecord(input: $in) { patientId } }";
  private static final String CONSENT =
      "mutation($in: GiveConsentInput!) { giveConsent(input: $in) { patientId } }";
  private static final String OPEN_CARD =
      "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }";

  static Result run(AppProcess app, Population population, Options options, int seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(options.clients());
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<Future<Latencies>> parts = new ArrayList<>();
    long begin = System.nanoTime();
    for (int t = 0; t < options.clients(); t++) {
      int client = t;
      parts.add(
          pool.submit(
              () -> {
                ApiClient api = new ApiClient(app.httpPort(), "hm.li", "journey-hm");
                Random random = new Random(options.seed() * 31 + client);
                Latencies latencies = new Latencies();
                int n = 0;
                while (System.nanoTime() < deadline) {
                  n++;
                  String patient =
                      population.patientId(random.nextInt(options.patients())).toString();
                  Map<String, Object> input = new HashMap<>();
                  String document;
                  int op = random.nextInt(100);
                  if (op < 40) {
                    document = TAG;
                    input.put("patientId", patient);
                    input.put("tag", "campaign-" + client + "-" + n);
                    input.put("reason", "季度随访名单");
                  } else if (op < 70) {
                    document = HEALTH_RECORD;
                    input.put("patientId", patient);
                    input.put(
                        "measurements",
                        Map.of(
                            "heightCm",
                            160 + random.nextInt(25),
                            "weightKg",
                            50 + random.nextInt(40)));
                  } else if (op < 85) {
                    document = CONSENT;
                    input.put("patientId", patient);
                    input.put("purpose", "CALL_RECORDING");
                    input.put("channel", "APP");
                    input.put("wordingVersion", "cr-" + client + "-" + n);
                  } else {
                    document = OPEN_CARD;
                    input.put("channel", "WECHAT");
                    input.put("name", "新客户" + n);
                    input.put("phone", "139" + String.format("%08d", random.nextInt(100_000_000)));
                  }
                  long start = System.nanoTime();
                  try {
                    JsonNode response = api.graphQl(document, Map.of("in", input));
                    if (response.path("errors").isArray() && !response.path("errors").isEmpty()) {
                      errors.incrementAndGet();
                      continue;
                    }
                  } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    continue;
                  }
                  latencies.record(System.nanoTime() - start);
                }
                return latencies;
              }));
    }
    List<Latencies> all = new ArrayList<>();
    for (Future<Latencies> part : parts) {
      all.add(part.get());
    }
    double elapsed = (System.nanoTime() - begin) / 1e9;
    pool.shutdown();
    Latencies merged = Latencies.merge(all);
    return new Result(merged.size(), errors.get(), elapsed, merged.summary());
  }

  private ApiLoad() {}
}
