package health.journey.query.common;

import health.journey.api.PatientEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The read-model changes of one batch of events, kept in memory and written when the batch commits,
 * together with the processor's token: the first read of a table loads the rows of every patient in
 * the batch with one query, changes to the same row are folded into its final state, and each table
 * gets one batched statement per kind of write. A projection reads a patient's rows here, changes
 * them, and puts them back.
 */
public final class PendingWrites {

  private static final String RESOURCE = PendingWrites.class.getName();

  private final JdbcTemplate jdbc;
  private final Set<UUID> batchPatients;
  private final boolean oneEventAtATime;
  private final Map<Table<?>, TableChanges<?>> tables = new LinkedHashMap<>();

  private PendingWrites(JdbcTemplate jdbc, Set<UUID> batchPatients, boolean oneEventAtATime) {
    this.jdbc = jdbc;
    this.batchPatients = batchPatients;
    this.oneEventAtATime = oneEventAtATime;
  }

  /**
   * The writes of the unit of work being processed, created (and set to be written on commit) on
   * first use.
   */
  public static PendingWrites current(JdbcTemplate jdbc) {
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
    return unitOfWork.getOrComputeResource(
        RESOURCE,
        key -> {
          List<? extends Message<?>> messages = messagesOf(unitOfWork);
          PendingWrites writes =
              new PendingWrites(
                  jdbc, patientsOf(messages), CommitFailures.instance().isolate(messages));
          unitOfWork.onPrepareCommit(u -> writes.write());
          unitOfWork.afterCommit(u -> CommitFailures.instance().committed(messages));
          return writes;
        });
  }

  /** The patient's rows of {@code table} as they stand: stored, then changed by this batch. */
  public <R> Map<List<Object>, R> rows(Table<R> table, UUID patientId) {
    TableChanges<R> changes = changes(table);
    changes.load(patientId);
    Map<List<Object>, R> rows = changes.current.get(patientId);
    return rows == null ? Map.of() : rows;
  }

  /** The patient's row of a table keyed by the patient alone, as it stands. */
  public <R> Optional<R> row(Table<R> table, UUID patientId) {
    return rows(table, patientId).values().stream().findFirst();
  }

  /** Writes {@code row} (replacing the row with its key). */
  public <R> void put(Table<R> table, R row) {
    table.check(row);
    if (oneEventAtATime) {
      writeNow(table.writeSql, ps -> table.bindAll(ps, row));
    }
    TableChanges<R> changes = changes(table);
    changes.load(table.patientOf(row));
    List<Object> key = table.keyOf(row);
    changes.current.computeIfAbsent(table.patientOf(row), p -> new LinkedHashMap<>()).put(key, row);
    changes.pending.put(key, new Change<>(row, false));
  }

  /** Deletes the row with {@code row}'s key. */
  public <R> void delete(Table<R> table, R row) {
    if (oneEventAtATime) {
      writeNow(table.deleteSql, ps -> table.bindKey(ps, row));
    }
    TableChanges<R> changes = changes(table);
    changes.load(table.patientOf(row));
    List<Object> key = table.keyOf(row);
    Map<List<Object>, R> rows = changes.current.get(table.patientOf(row));
    if (rows != null) {
      rows.remove(key);
    }
    changes.pending.put(key, new Change<>(row, true));
  }

  /**
   * Adds {@code row} without reading the table first, for tables of facts that never change (a row
   * already stored with the same key stays).
   */
  public <R> void append(Table<R> table, R row) {
    table.check(row);
    if (oneEventAtATime) {
      writeNow(table.writeSql, ps -> table.bindAll(ps, row));
    }
    TableChanges<R> changes = changes(table);
    List<Object> key = table.keyOf(row);
    // Read later in this batch, a row stored before wins over this one, as it will in the table.
    changes
        .current
        .computeIfAbsent(table.patientOf(row), p -> new LinkedHashMap<>())
        .putIfAbsent(key, row);
    changes.pending.putIfAbsent(key, new Change<>(row, false));
  }

  @SuppressWarnings("unchecked")
  private <R> TableChanges<R> changes(Table<R> table) {
    return (TableChanges<R>) tables.computeIfAbsent(table, t -> new TableChanges<>(table));
  }

  /** Writes everything this batch changed: per table, its deletions, then its rows. */
  private void write() {
    tables.values().forEach(TableChanges::write);
  }

  private static List<? extends Message<?>> messagesOf(UnitOfWork<?> unitOfWork) {
    return unitOfWork instanceof BatchingUnitOfWork<?> batching
        ? batching.getMessages()
        : unitOfWork.getMessage() == null ? List.of() : List.of(unitOfWork.getMessage());
  }

  private static Set<UUID> patientsOf(List<? extends Message<?>> messages) {
    Set<UUID> ids = new HashSet<>();
    for (Message<?> message : messages) {
      // The patient is the event's aggregate: no payload needs reading to know it.
      if (message instanceof DomainEventMessage<?> event
          && PatientEvent.class.isAssignableFrom(event.getPayloadType())) {
        ids.add(UUID.fromString(event.getAggregateIdentifier()));
      }
    }
    return ids;
  }

  private record Change<R>(R row, boolean deleted) {}

  private final class TableChanges<R> {
    final Table<R> table;
    final Set<UUID> loaded = new HashSet<>();
    final Map<UUID, Map<List<Object>, R>> current = new HashMap<>();
    final Map<List<Object>, Change<R>> pending = new LinkedHashMap<>();

    TableChanges(Table<R> table) {
      this.table = table;
    }

    /** Loads the stored rows of the patient, and of every other patient of the batch not yet. */
    void load(UUID patientId) {
      if (loaded.contains(patientId)) {
        return;
      }
      Set<UUID> wanted = new HashSet<>(batchPatients);
      wanted.add(patientId);
      wanted.removeAll(loaded);
      loaded.addAll(wanted);
      jdbc.query(
          table.selectByPatientSql,
          ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", wanted.toArray())),
          rs -> {
            R row = table.reader.mapRow(rs, 0);
            current
                .computeIfAbsent(table.patientOf(row), p -> new LinkedHashMap<>())
                .put(table.keyOf(row), row);
          });
    }

    void write() {
      if (oneEventAtATime) {
        return;
      }
      List<R> deleted = new ArrayList<>();
      List<R> written = new ArrayList<>();
      pending.values().forEach(c -> (c.deleted() ? deleted : written).add(c.row()));
      if (!deleted.isEmpty()) {
        jdbc.batchUpdate(table.deleteSql, setter(deleted, table::bindKey));
      }
      if (!written.isEmpty()) {
        jdbc.batchUpdate(table.writeSql, setter(written, table::bindAll));
      }
    }
  }

  /**
   * Writes one event's change at once, in a savepoint: refused by the database, it is undone alone
   * and its event is dead-lettered (the handler fails), while the batch goes on.
   */
  private void writeNow(String sql, StatementBinder binder) {
    Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set a savepoint", e);
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
      connection.releaseSavepoint(savepoint);
    } catch (SQLException refused) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException e) {
        refused.addSuppressed(e);
      }
      throw new UnstorableEvent(
          "the change to " + sql.split(" ")[2],
          "was refused by the database (SQLSTATE " + refused.getSQLState() + ")");
    }
  }

  private interface StatementBinder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface Binder<R> {
    void bind(PreparedStatement ps, R row) throws SQLException;
  }

  private static <R> BatchPreparedStatementSetter setter(List<R> rows, Binder<R> binder) {
    return new BatchPreparedStatementSetter() {
      @Override
      public void setValues(PreparedStatement ps, int i) throws SQLException {
        binder.bind(ps, rows.get(i));
      }

      @Override
      public int getBatchSize() {
        return rows.size();
      }
    };
  }
}
