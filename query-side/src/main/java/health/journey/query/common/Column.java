package health.journey.query.common;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * One column of a read-model table: its name, what it takes from a row, and the limits of its SQL
 * type, checked when a row is written into a batch (so an event the column cannot hold is
 * dead-lettered in its handler, not at commit). {@code field} names the value in messages, as the
 * event calls it, never the value itself.
 */
public final class Column<R> {

  /** timestamptz and date reach from 4713 BC to far beyond; plausible times are narrower still. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
  private static final int NUMERIC_MAX_SCALE = 16_383;
  private static final int NUMERIC_MAX_INTEGER_DIGITS = 131_072;

  private enum Type {
    UUID,
    TEXT,
    INTEGER,
    BIGINT,
    NUMERIC,
    DATE,
    TIMESTAMP,
    TEXT_ARRAY,
    BOOLEAN
  }

  final String name;
  private final String field;
  private final Type type;
  private final Function<R, ?> value;
  private final int maxLength;
  private final boolean required;

  private Column(
      String name, String field, Type type, Function<R, ?> value, int maxLength, boolean required) {
    this.name = name;
    this.field = field;
    this.type = type;
    this.value = value;
    this.maxLength = maxLength;
    this.required = required;
  }

  public static <R> Column<R> uuid(String name, Function<R, UUID> value) {
    return new Column<>(name, name, Type.UUID, value, 0, true);
  }

  /** Text of at most {@code maxLength} characters (code points), or unlimited with 0. */
  public static <R> Column<R> text(
      String name, String field, int maxLength, Function<R, String> value) {
    return new Column<>(name, field, Type.TEXT, value, maxLength, false);
  }

  public static <R> Column<R> integer(String name, Function<R, Integer> value) {
    return new Column<>(name, name, Type.INTEGER, value, 0, false);
  }

  public static <R> Column<R> bigint(String name, Function<R, Long> value) {
    return new Column<>(name, name, Type.BIGINT, value, 0, true);
  }

  public static <R> Column<R> numeric(String name, String field, Function<R, BigDecimal> value) {
    return new Column<>(name, field, Type.NUMERIC, value, 0, false);
  }

  public static <R> Column<R> date(String name, String field, Function<R, LocalDate> value) {
    return new Column<>(name, field, Type.DATE, value, 0, false);
  }

  public static <R> Column<R> timestamp(String name, String field, Function<R, Instant> value) {
    return new Column<>(name, field, Type.TIMESTAMP, value, 0, false);
  }

  /** An array of short texts; each entry is checked as text of unlimited length. */
  public static <R> Column<R> textArray(
      String name, String field, Function<R, ? extends Collection<String>> value) {
    return new Column<>(name, field, Type.TEXT_ARRAY, value, 0, false);
  }

  public static <R> Column<R> bool(String name, Function<R, Boolean> value) {
    return new Column<>(name, name, Type.BOOLEAN, value, 0, true);
  }

  /** The same column, but a row without a value is refused (the column is NOT NULL). */
  public Column<R> required() {
    return new Column<>(name, field, type, value, maxLength, true);
  }

  Object valueOf(R row) {
    return value.apply(row);
  }

  /**
   * @throws UnstorableEvent naming the field that cannot be stored (never its value)
   */
  void check(R row) {
    Object v = value.apply(row);
    if (v == null) {
      require(!required, "is missing");
      return;
    }
    switch (type) {
      case TEXT -> text(v.toString(), maxLength);
      case TEXT_ARRAY -> {
        for (Object entry : (Collection<?>) v) {
          if (entry == null) {
            throw new UnstorableEvent(field + " entry", "is missing");
          }
          checkText(entry.toString(), 0, field + " entry");
        }
      }
      case TIMESTAMP -> {
        Instant time = (Instant) v;
        require(!time.isBefore(EARLIEST) && !time.isAfter(LATEST), "lies outside years 1-9999");
      }
      case DATE -> {
        LocalDate date = (LocalDate) v;
        require(date.getYear() >= 1 && date.getYear() <= 9999, "lies outside years 1-9999");
      }
      case NUMERIC -> {
        BigDecimal significant = ((BigDecimal) v).stripTrailingZeros();
        require(
            significant.scale() <= NUMERIC_MAX_SCALE
                && significant.precision() - significant.scale() <= NUMERIC_MAX_INTEGER_DIGITS,
            "has more digits than a numeric column holds");
      }
      default -> {}
    }
  }

  private void text(String text, int max) {
    checkText(text, max, field);
  }

  private static void checkText(String text, int max, String field) {
    if (max > 0 && text.codePointCount(0, text.length()) > max) {
      throw new UnstorableEvent(field, "is longer than " + max);
    }
    // PostgreSQL text cannot hold NUL; a lone surrogate has no UTF-8 form
    if (text.codePoints()
        .anyMatch(c -> c == 0 || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))) {
      throw new UnstorableEvent(field, "holds a character PostgreSQL text cannot");
    }
  }

  private void require(boolean condition, String problem) {
    if (!condition) {
      throw new UnstorableEvent(field, problem);
    }
  }

  void bind(PreparedStatement ps, int index, R row) throws SQLException {
    Object v = value.apply(row);
    switch (type) {
      case UUID -> ps.setObject(index, v, Types.OTHER);
      case TEXT -> ps.setString(index, (String) v);
      case INTEGER -> ps.setObject(index, v, Types.INTEGER);
      case BIGINT -> ps.setObject(index, v, Types.BIGINT);
      case NUMERIC -> ps.setBigDecimal(index, (BigDecimal) v);
      case DATE -> ps.setObject(index, v, Types.DATE);
      case TIMESTAMP -> ps.setTimestamp(index, v == null ? null : Timestamp.from((Instant) v));
      case BOOLEAN -> ps.setObject(index, v, Types.BOOLEAN);
      case TEXT_ARRAY -> {
        Array array =
            v == null
                ? null
                : ps.getConnection()
                    .createArrayOf("text", ((Collection<?>) v).toArray(Object[]::new));
        ps.setArray(index, array);
      }
    }
  }
}
