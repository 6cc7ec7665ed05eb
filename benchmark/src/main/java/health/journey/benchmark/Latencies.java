package health.journey.benchmark;

import java.util.Arrays;

/** Latencies recorded by one thread (nanoseconds), merged and summarised at the end. */
public final class Latencies {

  private long[] values = new long[1024];
  private int size;

  public void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public int size() {
    return size;
  }

  public static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.size; i++) {
        all.record(part.values[i]);
      }
    }
    return all;
  }

  /** p50, p95 and p99 in milliseconds. */
  public Summary summary() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return new Summary(size, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99));
  }

  private static double millis(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  /** How many, and the 50th, 95th and 99th percentiles in milliseconds. */
  public record Summary(int count, double p50, double p95, double p99) {}
}
