package health.journey.command.booking;

import health.journey.api.booking.ExamPackageDefinition;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Exam packages and their daily bookings in PostgreSQL, in the caller's transaction. */
class JdbcExamCatalogue implements ExamCatalogue {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;

  JdbcExamCatalogue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void defined(String packageId, ExamPackageDefinition definition) {
    jdbc.update(
        "INSERT INTO exam_package_registry (code, package_id, definition, retired) VALUES (?, ?, ?, false)"
            + " ON CONFLICT (code) DO UPDATE SET definition = EXCLUDED.definition, retired = false",
        definition.code(),
        packageId,
        JSON.writeValueAsString(definition));
  }

  @Override
  public void retired(String code) {
    jdbc.update("UPDATE exam_package_registry SET retired = true WHERE code = ?", code);
  }

  @Override
  public Optional<ExamPackageDefinition> offered(String code) {
    return jdbc
        .query(
            "SELECT definition FROM exam_package_registry WHERE code = ? AND NOT retired",
            (rs, n) -> JSON.readValue(rs.getString(1), ExamPackageDefinition.class),
            code)
        .stream()
        .findFirst();
  }

  /**
   * One statement takes the place only while places are left, so two bookings cannot both take the
   * last.
   */
  @Override
  public boolean claim(String code, LocalDate day, int capacity) {
    return jdbc.update(
            "INSERT INTO exam_day_booking (code, day, booked) VALUES (?, ?, 1)"
                + " ON CONFLICT (code, day) DO UPDATE SET booked = exam_day_booking.booked + 1"
                + " WHERE exam_day_booking.booked < ?",
            code,
            day,
            capacity)
        == 1;
  }

  @Override
  public void release(String code, LocalDate day) {
    jdbc.update(
        "UPDATE exam_day_booking SET booked = booked - 1 WHERE code = ? AND day = ? AND booked > 0",
        code,
        day);
  }
}
