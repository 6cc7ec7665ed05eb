package health.journey.benchmark.driver;

import health.journey.benchmark.Latencies;
import health.journey.benchmark.population.Population;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loads the synthetic population straight through the CommandGateway, inside the application, from
 * many threads: the command side without HTTP, GraphQL or the read-your-writes wait. The benchmark
 * harness adds this class to the application's classpath; the application itself does not contain
 * it. Under {@code /admin}, so ADMIN only.
 */
@RestController
@RequestMapping("/admin/benchmark/gateway-load")
class GatewayLoadDriver {

  private static final MetaData ACTOR =
      MetaData.with("actorType", "USER")
          .and("actorId", "bench.loader")
          .and("actingRole", "HEALTH_MANAGER");

  private static final Log LOG = LogFactory.getLog(GatewayLoadDriver.class);
  private static final int LOGGED_FAILURES = 5;

  private final CommandGateway commandGateway;
  private volatile Run run;

  GatewayLoadDriver(CommandGateway commandGateway) {
    this.commandGateway = commandGateway;
  }

  @PostMapping
  synchronized ResponseEntity<Map<String, Object>> start(
      @RequestParam long seed,
      @RequestParam int from,
      @RequestParam int to,
      @RequestParam(defaultValue = "16") int threads,
      @RequestParam String today,
      @RequestParam(defaultValue = "" + Population.DEFAULT_REPORTS_PER_PATIENT) int reports) {
    if (run != null && run.running()) {
      return ResponseEntity.status(409).body(run.status());
    }
    run = new Run(new Population(seed, LocalDate.parse(today), reports), from, to, threads);
    run.start();
    return ResponseEntity.accepted().body(run.status());
  }

  @GetMapping
  ResponseEntity<Map<String, Object>> status() {
    Run current = run;
    return current == null
        ? ResponseEntity.notFound().build()
        : ResponseEntity.ok(current.status());
  }

  private final class Run {
    private final Population population;
    private final int from;
    private final int to;
    private final int threads;
    private final AtomicInteger next;
    private final AtomicInteger patientsDone = new AtomicInteger();
    private final AtomicLong commandsDone = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final List<Latencies> latencies = new ArrayList<>();
    private final AtomicInteger workersLeft;
    private volatile String lastFailure;
    private volatile long startedAt;
    private volatile long endedAt;

    Run(Population population, int from, int to, int threads) {
      this.population = population;
      this.from = from;
      this.to = to;
      this.threads = threads;
      this.next = new AtomicInteger(from);
      this.workersLeft = new AtomicInteger(threads);
    }

    void start() {
      startedAt = System.nanoTime();
      Latencies catalogue = new Latencies();
      synchronized (latencies) {
        latencies.add(catalogue);
      }
      for (Object command : population.catalogue()) {
        send(command, catalogue);
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        Latencies mine = new Latencies();
        synchronized (latencies) {
          latencies.add(mine);
        }
        pool.submit(() -> work(mine));
      }
      pool.shutdown();
    }

    private void work(Latencies mine) {
      try {
        for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
          List<Object> journey;
          try {
            journey = population.journey(i);
          } catch (RuntimeException e) {
            // a journey whose commands cannot be built counts as failed; the worker goes on
            failed("building the journey of patient " + i, e);
            continue;
          }
          for (Object command : journey) {
            send(command, mine);
          }
          patientsDone.incrementAndGet();
        }
      } finally {
        if (workersLeft.decrementAndGet() == 0) {
          endedAt = System.nanoTime();
        }
      }
    }

    private void send(Object command, Latencies mine) {
      long begin = System.nanoTime();
      try {
        commandGateway.sendAndWait(
            GenericCommandMessage.asCommandMessage(command).andMetaData(ACTOR));
        commandsDone.incrementAndGet();
      } catch (RuntimeException e) {
        failed(command.getClass().getSimpleName(), e);
      }
      mine.record(System.nanoTime() - begin);
    }

    /** Counts a failure; the first few are logged with their stack traces, to find their cause. */
    private void failed(String what, RuntimeException e) {
      lastFailure = what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
      if (failures.incrementAndGet() <= LOGGED_FAILURES) {
        LOG.warn("Benchmark load: " + what + " failed", e);
      }
    }

    boolean running() {
      return workersLeft.get() > 0;
    }

    Map<String, Object> status() {
      boolean running = running();
      long elapsed = (running ? System.nanoTime() : endedAt) - startedAt;
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("running", running);
      status.put("patients", to - from);
      status.put("patientsDone", patientsDone.get());
      status.put("commandsDone", commandsDone.get());
      status.put("failures", failures.get());
      status.put("lastFailure", lastFailure);
      status.put("elapsedMillis", elapsed / 1_000_000);
      if (!running) {
        Latencies.Summary summary;
        synchronized (latencies) {
          summary = Latencies.merge(latencies).summary();
        }
        status.put("p50Millis", summary.p50());
        status.put("p95Millis", summary.p95());
        status.put("p99Millis", summary.p99());
      }
      return status;
    }
  }
}
