package health.journey.query.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;

/**
 * A read-model table as its projection writes it: its columns (the first key column is the patient
 * the row belongs to), how a stored row reads back, and the SQL built from the column names, so no
 * statement depends on parameter positions written by hand. Rows are written whole: a projection
 * reads a patient's rows, changes them in memory and puts the result back.
 */
public final class Table<R> {

  /** How a row written to the table meets a row with the same key. */
  public enum OnConflict {
    /** The new row replaces the stored one. */
    REPLACE,
    /** The stored row stays (rows are facts that never change, e.g. timeline entries). */
    KEEP
  }

  final String name;
  final List<Column<R>> key;
  final List<Column<R>> columns;
  final RowMapper<R> reader;
  final String writeSql;
  final String deleteSql;
  final String selectByPatientSql;

  private Table(
      String name,
      List<Column<R>> key,
      List<Column<R>> values,
      RowMapper<R> reader,
      OnConflict onConflict) {
    this.name = name;
    this.key = List.copyOf(key);
    List<Column<R>> all = new ArrayList<>(key);
    all.addAll(values);
    this.columns = List.copyOf(all);
    this.reader = reader;
    String names = names(columns);
    String keyNames = names(key);
    String conflict =
        onConflict == OnConflict.KEEP || values.isEmpty()
            ? "DO NOTHING"
            : "DO UPDATE SET "
                + values.stream()
                    .map(c -> c.name + " = EXCLUDED." + c.name)
                    .collect(Collectors.joining(", "));
    this.writeSql =
        "INSERT INTO "
            + name
            + " ("
            + names
            + ") VALUES ("
            + "?, ".repeat(columns.size() - 1)
            + "?) ON CONFLICT ("
            + keyNames
            + ") "
            + conflict;
    this.deleteSql =
        "DELETE FROM "
            + name
            + " WHERE "
            + key.stream().map(c -> c.name + " = ?").collect(Collectors.joining(" AND "));
    this.selectByPatientSql =
        "SELECT " + names + " FROM " + name + " WHERE " + key.get(0).name + " = ANY (?)";
  }

  /**
   * A table {@code name} whose rows are keyed by {@code key} (the patient first), hold {@code
   * values}, and read back with {@code reader}.
   */
  public static <R> Table<R> of(
      String name,
      List<Column<R>> key,
      List<Column<R>> values,
      RowMapper<R> reader,
      OnConflict onConflict) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException(name + " needs a key");
    }
    return new Table<>(name, key, values, reader, onConflict);
  }

  public String name() {
    return name;
  }

  /** The row's key: the values of its key columns. */
  List<Object> keyOf(R row) {
    List<Object> values = new ArrayList<>(key.size());
    for (Column<R> column : key) {
      values.add(column.valueOf(row));
    }
    return values;
  }

  UUID patientOf(R row) {
    return (UUID) key.get(0).valueOf(row);
  }

  /**
   * @throws UnstorableEvent when a column cannot hold the row's value
   */
  public void check(R row) {
    for (Column<R> column : columns) {
      column.check(row);
    }
  }

  void bindAll(PreparedStatement ps, R row) throws SQLException {
    int index = 1;
    for (Column<R> column : columns) {
      column.bind(ps, index++, row);
    }
  }

  void bindKey(PreparedStatement ps, R row) throws SQLException {
    int index = 1;
    for (Column<R> column : key) {
      column.bind(ps, index++, row);
    }
  }

  private static String names(List<? extends Column<?>> columns) {
    return columns.stream().map(c -> c.name).collect(Collectors.joining(", "));
  }
}
