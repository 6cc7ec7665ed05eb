package health.journey.query.common;

import health.journey.api.PatientEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
  private final Map<Table<?>, TableChanges<?>> tables = new LinkedHashMap<>();

  private PendingWrites(JdbcTemplate jdbc, Set<UUID> batchPatients) {
    this.jdbc = jdbc;
    this.batchPatients = batchPatients;
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
          PendingWrites writes = new PendingWrites(jdbc, patientsOf(unitOfWork));
          unitOfWork.onPrepareCommit(u -> writes.write());
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
    TableChanges<R> changes = changes(table);
    changes.load(table.patientOf(row));
    List<Object> key = table.keyOf(row);
    changes.current.computeIfAbsent(table.patientOf(row), p -> new LinkedHashMap<>()).put(key, row);
    changes.pending.put(key, new Change<>(row, false));
  }

  /** Deletes the row with {@code row}'s key. */
  public <R> void delete(Table<R> table, R row) {
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

  private static Set<UUID> patientsOf(UnitOfWork<?> unitOfWork) {
    List<? extends Message<?>> messages =
        unitOfWork instanceof BatchingUnitOfWork<?> batching
            ? batching.getMessages()
            : unitOfWork.getMessage() == null ? List.of() : List.of(unitOfWork.getMessage());
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
