package health.journey.app.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import health.journey.app.platform.database.DatabaseProperties;
import health.journey.app.platform.database.SessionSettings;
import health.journey.app.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Late commits: an event whose transaction takes its global index early and commits late leaves a
 * gap that event processors watch. On Axon's defaults such an event can be given up for good; on
 * ours it cannot. Either the gap is kept until the event arrives, or the transaction is stopped by
 * PostgreSQL before it could commit late.
 */
class LateCommitTest extends IntegrationTest {

  /** A payload no handler knows: the application's processors pass over it. */
  public record LateCommitProbe(String label) {}

  @Autowired HikariDataSource dataSource;
  @Autowired Serializer serializer;
  @Autowired EventStorageEngine ourEngine;

  @AfterEach
  void restoreClock() {
    GenericEventMessage.clock = Clock.systemUTC();
  }

  @Test
  void onAxonsDefaultsAnEventCommittedAfterMoreThanMaxGapOffsetEventsIsLost() throws Exception {
    assertThat(committedBehindManyEventsIsDelivered(axonDefaults(60_000))).isFalse();
  }

  @Test
  void onOurSettingsTheSameLateEventReachesTheProcessors() throws Exception {
    assertThat(committedBehindManyEventsIsDelivered(ourEngine)).isTrue();
  }

  @Test
  void onAxonsDefaultsAGapOlderThanTheGapTimeoutIsGivenUpWhileItsTransactionIsStillOpen()
      throws Exception {
    // the gap timeout shortened to 5 s; the processors' clock is moved on instead of waiting
    assertThat(committedAfterGapTimeoutIsDelivered(axonDefaults(5_000), Duration.ofSeconds(6)))
        .isFalse();
  }

  @Test
  void onOurSettingsAGapIsKeptForLongerThanAnyTransactionMayLast() throws Exception {
    // our transactions end within journey.database.transaction-timeout (10 s); our gap timeout is
    // 60 s
    assertThat(committedAfterGapTimeoutIsDelivered(ourEngine, Duration.ofSeconds(11))).isTrue();
  }

  @Test
  void aTransactionCannotOutliveTheCapSoItCannotCommitLate() throws Exception {
    // a connection set up the way our pool sets up every connection, with a 1 s cap for the test
    DatabaseProperties capped =
        new DatabaseProperties(
            Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(10), null);
    String label = "capped-" + UUID.randomUUID();
    try (Connection connection = rawConnection()) {
      try (Statement s = connection.createStatement()) {
        s.execute(SessionSettings.initSql(capped));
      }
      connection.setAutoCommit(false);
      insertProbe(connection, label, Instant.now());
      assertThatThrownBy(
              () -> {
                try (Statement s = connection.createStatement()) {
                  s.execute("SELECT pg_sleep(3)"); // the transaction would outlive its cap
                }
                connection.commit();
              })
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("transaction timeout");
    }
    try (Connection check = rawConnection();
        PreparedStatement s =
            check.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?")) {
      s.setString(1, "%" + label + "%");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1))
            .as("the late event was never stored, so nothing was lost")
            .isZero();
      }
    }
  }

  /**
   * A transaction takes a global index and stays open while 10,001 events are committed after it
   * and read by a processor; then it commits. Is its event delivered?
   */
  private boolean committedBehindManyEventsIsDelivered(EventStorageEngine engine) throws Exception {
    TrackingToken token = engine.createHeadToken();
    String late = "late-" + UUID.randomUUID();
    try (Connection open = rawConnection()) {
      open.setAutoCommit(false);
      insertProbe(open, late, Instant.now());
      try (Connection other = rawConnection();
          PreparedStatement s =
              other.prepareStatement(insertProbeSql() + " , generate_series(1, 10001)")) {
        bindProbe(s, "crowd", Instant.now(), true);
        s.executeUpdate();
      }
      token = readAll(engine, token).token();
      open.commit();
    }
    return readAll(engine, token).labels().contains(late);
  }

  /**
   * A transaction takes a global index and stays open while more than 250 gaps pile up and a
   * processor reads past them; the processor's clock moves on by {@code elapsed}; then the
   * transaction commits. Is its event delivered?
   */
  private boolean committedAfterGapTimeoutIsDelivered(EventStorageEngine engine, Duration elapsed)
      throws Exception {
    TrackingToken token = engine.createHeadToken();
    String late = "late-" + UUID.randomUUID();
    try (Connection open = rawConnection()) {
      open.setAutoCommit(false);
      insertProbe(open, late, Instant.now());
      try (Connection other = rawConnection();
          Statement s = other.createStatement()) {
        s.execute(
            "SELECT nextval('domainevententry_globalindex_seq') FROM generate_series(1, 300)");
        insertProbe(other, "after-gaps", Instant.now());
      }
      token = readAll(engine, token).token();

      GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), elapsed);
      try (Connection other = rawConnection()) {
        insertProbe(other, "later", GenericEventMessage.clock.instant());
      }
      token = readAll(engine, token).token();
      open.commit();
    }
    return readAll(engine, token).labels().contains(late);
  }

  private record Read(TrackingToken token, List<String> labels) {}

  private Read readAll(EventStorageEngine engine, TrackingToken from) {
    List<? extends TrackedEventMessage<?>> events =
        engine.readEvents(from, false).collect(Collectors.toList());
    TrackingToken last = events.isEmpty() ? from : events.get(events.size() - 1).trackingToken();
    List<String> labels =
        events.stream()
            .map(TrackedEventMessage::getPayload)
            .filter(LateCommitProbe.class::isInstance)
            .map(p -> ((LateCommitProbe) p).label())
            .toList();
    return new Read(last, labels);
  }

  private JdbcEventStorageEngine axonDefaults(int gapTimeoutMillis) {
    return JdbcEventStorageEngine.builder()
        .connectionProvider(new DataSourceConnectionProvider(dataSource))
        .transactionManager(NoTransactionManager.INSTANCE)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .gapTimeout(gapTimeoutMillis)
        .build();
  }

  /** A connection outside the pool: without the pool's transaction cap, as on Axon's defaults. */
  private Connection rawConnection() throws SQLException {
    return DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), "");
  }

  private void insertProbe(Connection connection, String label, Instant timestamp)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(insertProbeSql())) {
      bindProbe(s, label, timestamp, false);
      s.executeUpdate();
    }
  }

  private static String insertProbeSql() {
    return "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
        + " metadata, payload, payloadtype, timestamp)"
        + " SELECT ? || CASE WHEN ? THEN gen_random_uuid()::text ELSE '' END, 0, 'Probe',"
        + " gen_random_uuid()::text, ?, ?, ?, ? FROM (SELECT 1) one";
  }

  private void bindProbe(PreparedStatement s, String label, Instant timestamp, boolean many)
      throws SQLException {
    s.setString(1, "probe-" + UUID.randomUUID());
    s.setBoolean(2, many);
    s.setBytes(3, serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());
    s.setBytes(4, serializer.serialize(new LateCommitProbe(label), byte[].class).getData());
    s.setString(5, LateCommitProbe.class.getName());
    s.setString(6, timestamp.toString());
  }
}
