package health.journey.app.booking;

import health.journey.api.patient.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The booking feature's GraphQL inputs. */
final class BookingInputs {

  private BookingInputs() {}

  record DefineExamPackageInput(
      String code,
      String name,
      List<String> items,
      BigDecimal priceYuan,
      Sex sex,
      Integer minAge,
      Integer maxAge,
      Integer dailyCapacity,
      String clientRequestId) {}

  record BookExamInput(
      String patientId,
      String packageCode,
      LocalDate date,
      String bookingId,
      String clientRequestId) {}

  record RescheduleExamInput(
      String patientId, String bookingId, LocalDate date, String clientRequestId) {}

  record CancelExamInput(
      String patientId, String bookingId, String reason, String clientRequestId) {}

  record RecordExamAttendanceInput(
      String patientId, String bookingId, Boolean attended, String clientRequestId) {}
}
