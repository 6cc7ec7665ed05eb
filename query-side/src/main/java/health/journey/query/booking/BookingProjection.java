package health.journey.query.booking;

import health.journey.api.PatientId;
import health.journey.api.booking.BookingReadModel;
import health.journey.api.booking.BookingStatus;
import health.journey.api.booking.BookingView;
import health.journey.api.booking.ExamAttended;
import health.journey.api.booking.ExamBooked;
import health.journey.api.booking.ExamCancelled;
import health.journey.api.booking.ExamMissed;
import health.journey.api.booking.ExamPackageDefined;
import health.journey.api.booking.ExamPackageDefinition;
import health.journey.api.booking.ExamPackageRetired;
import health.journey.api.booking.ExamPackageView;
import health.journey.api.booking.ExamRescheduled;
import health.journey.api.booking.FindAvailabilityQuery;
import health.journey.api.booking.FindBookingsQuery;
import health.journey.api.booking.FindExamPackagesQuery;
import health.journey.api.report.ExamReportRecorded;
import health.journey.query.common.Rows;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects the exam packages on offer and each patient's bookings (体检预约), with the report that came
 * back for a booking. Bookings are few per patient and written as they come.
 */
@Component
@ProcessingGroup(BookingReadModel.PROCESSING_GROUP)
class BookingProjection {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;

  BookingProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ExamPackageDefined event) {
    jdbc.update(
        "INSERT INTO exam_package (package_id, code, definition, retired) VALUES (?, ?, ?, false)"
            + " ON CONFLICT (package_id) DO UPDATE SET definition = EXCLUDED.definition, retired = false",
        event.packageId(),
        event.definition().code(),
        JSON.writeValueAsString(event.definition()));
  }

  @EventHandler
  void on(ExamPackageRetired event) {
    jdbc.update("UPDATE exam_package SET retired = true WHERE package_id = ?", event.packageId());
  }

  @EventHandler
  void on(ExamBooked event) {
    jdbc.update(
        "INSERT INTO exam_booking (patient_id, booking_id, package_code, date, status, booked_at)"
            + " VALUES (?, ?, ?, ?, 'BOOKED', ?) ON CONFLICT (patient_id, booking_id) DO NOTHING",
        event.patientId().value(),
        event.bookingId(),
        event.packageCode(),
        Date.valueOf(event.date()),
        Timestamp.from(event.occurredAt()));
  }

  @EventHandler
  void on(ExamRescheduled event) {
    jdbc.update(
        "UPDATE exam_booking SET date = ? WHERE patient_id = ? AND booking_id = ?",
        Date.valueOf(event.to()),
        event.patientId().value(),
        event.bookingId());
  }

  @EventHandler
  void on(ExamCancelled event) {
    status(event.patientId(), event.bookingId(), BookingStatus.CANCELLED);
  }

  @EventHandler
  void on(ExamAttended event) {
    status(event.patientId(), event.bookingId(), BookingStatus.ATTENDED);
  }

  @EventHandler
  void on(ExamMissed event) {
    status(event.patientId(), event.bookingId(), BookingStatus.MISSED);
  }

  @EventHandler
  void on(ExamReportRecorded event) {
    if (event.bookingId() != null) {
      jdbc.update(
          "UPDATE exam_booking SET report_id = ? WHERE patient_id = ? AND booking_id = ?",
          event.reportId(),
          event.patientId().value(),
          event.bookingId());
    }
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE exam_package, exam_booking");
  }

  @QueryHandler
  FindExamPackagesQuery.ExamPackages handle(FindExamPackagesQuery query) {
    return new FindExamPackagesQuery.ExamPackages(
        jdbc.query(
            "SELECT package_id, definition, retired FROM exam_package WHERE ? OR NOT retired"
                + " ORDER BY code",
            (rs, n) ->
                new ExamPackageView(
                    rs.getString(1),
                    JSON.readValue(rs.getString(2), ExamPackageDefinition.class),
                    rs.getBoolean(3)),
            query.includeRetired()));
  }

  @QueryHandler
  FindBookingsQuery.PatientBookings handle(FindBookingsQuery query) {
    Map<String, List<BookingView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new FindBookingsQuery.PatientBookings(byPatient);
    }
    jdbc.query(
        "SELECT * FROM exam_booking WHERE patient_id = ANY (?) ORDER BY patient_id, date, booking_id",
        ps ->
            ps.setArray(
                1,
                ps.getConnection()
                    .createArrayOf(
                        "uuid", query.patientIds().stream().map(PatientId::value).toArray())),
        rs -> {
          String id = rs.getString("patient_id");
          byPatient
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(
                  new BookingView(
                      id,
                      rs.getString("booking_id"),
                      rs.getString("package_code"),
                      Rows.date(rs, "date"),
                      BookingStatus.valueOf(rs.getString("status")),
                      rs.getString("report_id"),
                      Rows.instant(rs, "booked_at")));
        });
    return new FindBookingsQuery.PatientBookings(byPatient);
  }

  @QueryHandler
  FindAvailabilityQuery.Availability handle(FindAvailabilityQuery query) {
    Integer capacity =
        jdbc
            .query(
                "SELECT definition FROM exam_package WHERE code = ? AND NOT retired",
                (rs, n) ->
                    JSON.readValue(rs.getString(1), ExamPackageDefinition.class).dailyCapacity(),
                query.packageCode())
            .stream()
            .findFirst()
            .orElse(0);
    Map<LocalDate, Integer> booked = new HashMap<>();
    jdbc.query(
        "SELECT date, count(*) FROM exam_booking WHERE package_code = ? AND status IN ('BOOKED',"
            + " 'ATTENDED', 'MISSED') AND date BETWEEN ? AND ? GROUP BY date",
        rs -> {
          booked.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
        },
        query.packageCode(),
        Date.valueOf(query.from()),
        Date.valueOf(query.to()));
    List<FindAvailabilityQuery.Day> days = new ArrayList<>();
    for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
      days.add(new FindAvailabilityQuery.Day(day, capacity, booked.getOrDefault(day, 0)));
    }
    return new FindAvailabilityQuery.Availability(days);
  }

  private void status(PatientId patient, String bookingId, BookingStatus status) {
    jdbc.update(
        "UPDATE exam_booking SET status = ? WHERE patient_id = ? AND booking_id = ?",
        status.name(),
        patient.value(),
        bookingId);
  }
}
