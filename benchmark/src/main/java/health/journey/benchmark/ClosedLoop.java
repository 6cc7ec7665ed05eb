package health.journey.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Concurrent clients that each send one request after another until the time is up (a closed loop:
 * a client waits for its answer before it sends again). Only answered requests count and have their
 * latency recorded; a request that fails or is refused is an error, and the first error's message
 * is kept so that a run can say what went wrong.
 */
final class ClosedLoop {

  /** What one client does: send one request, throwing when it was not answered as it should be. */
  interface Client {
    void send() throws Exception;
  }

  /** Makes the client with the given number (0 to clients - 1), in its own thread. */
  interface Clients {
    Client create(int number);
  }

  record Result(long errors, double seconds, Latencies.Summary latency, String firstError) {
    /** Answered requests per second. */
    double perSecond() {
      return latency.count() / seconds;
    }
  }

  static Result run(int clients, int seconds, Clients factory) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Future<Latencies>> parts = new ArrayList<>();
    long begin = System.nanoTime();
    for (int t = 0; t < clients; t++) {
      int number = t;
      parts.add(
          pool.submit(
              () -> {
                Client client = factory.create(number);
                Latencies latencies = new Latencies();
                while (System.nanoTime() < deadline) {
                  long start = System.nanoTime();
                  boolean answered = true;
                  try {
                    client.send();
                  } catch (Exception e) {
                    answered = false;
                    firstError.compareAndSet(null, e.getMessage());
                  }
                  if (answered) {
                    latencies.record(System.nanoTime() - start);
                  } else {
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
    double elapsed = (System.nanoTime() - begin) / 1e9;
    pool.shutdown();
    return new Result(errors.get(), elapsed, Latencies.merge(all).summary(), firstError.get());
  }

  private ClosedLoop() {}
}
