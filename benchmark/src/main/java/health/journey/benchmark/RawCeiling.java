package health.journey.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the same PostgreSQL does on its own, measured in the same run with a plain JDBC loop: the
 * yardstick every application figure is a ratio to. Rows of about 500 bytes, 8 connections.
 */
final class RawCeiling {

  static final int CONNECTIONS = 8;
  private static final int ROW_BYTES = 500;
  private static final int BATCH_ROWS = 10;

  record Result(double singleInsertsPerSecond, double batchedRowsPerSecond) {}

  static Result measure(String url, String user, String password, int seconds) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS benchmark");
      s.execute("DROP TABLE IF EXISTS benchmark.raw_insert");
      s.execute(
          "CREATE TABLE benchmark.raw_insert (id bigserial PRIMARY KEY, created_at timestamptz"
              + " NOT NULL DEFAULT now(), payload text NOT NULL)");
    }
    try {
      double single = run(url, user, password, seconds, 1);
      double batched = run(url, user, password, seconds, BATCH_ROWS);
      return new Result(single, batched);
    } finally {
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA benchmark CASCADE");
      }
    }
  }

  /** Rows per second with {@code rowsPerTransaction} rows in each committed transaction. */
  private static double run(
      String url, String user, String password, int seconds, int rowsPerTransaction)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<Long>> rows = new ArrayList<>();
    long begin = System.nanoTime();
    for (int t = 0; t < CONNECTIONS; t++) {
      int thread = t;
      Callable<Long> worker =
          () -> {
            Random random = new Random(thread);
            long inserted = 0;
            try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement insert =
                    c.prepareStatement("INSERT INTO benchmark.raw_insert (payload) VALUES (?)")) {
              c.setAutoCommit(rowsPerTransaction == 1);
              while (System.nanoTime() < deadline) {
                for (int r = 0; r < rowsPerTransaction; r++) {
                  insert.setString(1, payload(random));
                  if (rowsPerTransaction == 1) {
                    insert.executeUpdate();
                  } else {
                    insert.addBatch();
                  }
                }
                if (rowsPerTransaction > 1) {
                  insert.executeBatch();
                  c.commit();
                }
                inserted += rowsPerTransaction;
              }
            } catch (SQLException e) {
              throw new IllegalStateException("Raw insert loop failed", e);
            }
            return inserted;
          };
      rows.add(pool.submit(worker));
    }
    long total = 0;
    for (Future<Long> r : rows) {
      total += r.get();
    }
    double elapsed = (System.nanoTime() - begin) / 1e9;
    pool.shutdown();
    return total / elapsed;
  }

  private static String payload(Random random) {
    char[] chars = new char[ROW_BYTES];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(chars);
  }

  private RawCeiling() {}
}
