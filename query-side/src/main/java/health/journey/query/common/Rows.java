package health.journey.query.common;

import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/** Small helpers for reading rows and message metadata. */
public final class Rows {

  private Rows() {}

  public static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  public static Integer integer(ResultSet rs, String column) throws SQLException {
    return (Integer) rs.getObject(column);
  }

  public static List<String> texts(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? null : List.of((String[]) array.getArray());
  }

  /** A sealed column read back as personal data of {@code subject}, opened when first shown. */
  public static PersonalData sealed(
      PersonalDataCipher cipher, Object subject, PersonalDataKind kind, String sealed) {
    return sealed == null ? null : PersonalData.sealed(subject.toString(), kind, sealed, cipher);
  }

  /** The sealed form of a value for a column (the same form as in the event store). */
  public static String seal(PersonalDataCipher cipher, PersonalData value) {
    return value == null ? null : value.sealedWith(cipher);
  }

  /** A metadata value as text, or null. */
  public static String text(MetaData metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }
}
