package health.journey.command.booking;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.BusinessTime;
import health.journey.api.booking.BookExam;
import health.journey.api.booking.BookingRule;
import health.journey.api.booking.CancelExam;
import health.journey.api.booking.ExamAttended;
import health.journey.api.booking.ExamBooked;
import health.journey.api.booking.ExamCancelled;
import health.journey.api.booking.ExamMissed;
import health.journey.api.booking.ExamPackageDefinition;
import health.journey.api.booking.ExamRescheduled;
import health.journey.api.booking.RecordExamAttendance;
import health.journey.api.booking.RescheduleExam;
import health.journey.api.patient.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A patient's exam bookings (体检预约): the part of the patient's stream that books, moves, cancels and
 * closes them. Held by the patient aggregate as a member; booking itself needs the patient's sex
 * and age, which the patient hands over.
 */
public final class Bookings {

  private enum Status {
    BOOKED,
    CANCELLED,
    ATTENDED,
    MISSED
  }

  private record Booking(String packageCode, LocalDate date, Status status) {}

  private final Map<String, Booking> bookings = new HashMap<>();

  /**
   * Books the exam when the package is offered, suits the patient and has a place that day; the
   * same booking id again changes nothing.
   */
  public void book(
      BookExam command, Optional<Sex> sex, Optional<LocalDate> birthDate, ExamCatalogue catalogue) {
    if (bookings.containsKey(command.bookingId())) {
      return;
    }
    ExamPackageDefinition offered =
        catalogue
            .offered(command.packageCode())
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        BookingRule.PACKAGE_NOT_OFFERED,
                        "Exam package " + command.packageCode() + " is not on offer"));
    suits(offered, sex, birthDate, command.date());
    claim(catalogue, offered, command.date());
    apply(
        new ExamBooked(
            command.patientId(),
            command.bookingId(),
            command.packageCode(),
            command.date(),
            command.occurredAt()));
  }

  @CommandHandler
  void handle(RescheduleExam command, ExamCatalogue catalogue) {
    Booking booking = open(command.bookingId());
    if (booking.date().equals(command.date())) {
      return;
    }
    ExamPackageDefinition offered =
        catalogue
            .offered(booking.packageCode())
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        BookingRule.PACKAGE_NOT_OFFERED,
                        "Exam package " + booking.packageCode() + " is no longer on offer"));
    claim(catalogue, offered, command.date());
    catalogue.release(booking.packageCode(), booking.date());
    apply(
        new ExamRescheduled(
            command.patientId(),
            command.bookingId(),
            booking.date(),
            command.date(),
            command.occurredAt()));
  }

  @CommandHandler
  void handle(CancelExam command, ExamCatalogue catalogue) {
    Booking booking = open(command.bookingId());
    catalogue.release(booking.packageCode(), booking.date());
    apply(
        new ExamCancelled(
            command.patientId(), command.bookingId(), command.reason(), command.occurredAt()));
  }

  /** Attendance is recorded on the day of the exam or after it. */
  @CommandHandler
  void handle(RecordExamAttendance command) {
    Booking booking = open(command.bookingId());
    if (booking.date().isAfter(BusinessTime.today())) {
      throw new BusinessRuleViolation(
          BookingRule.BOOKING_DATE_NOT_ALLOWED,
          "Booking "
              + command.bookingId()
              + " is for "
              + booking.date()
              + ", which has not come yet");
    }
    apply(
        command.attended()
            ? new ExamAttended(command.patientId(), command.bookingId(), command.occurredAt())
            : new ExamMissed(command.patientId(), command.bookingId(), command.occurredAt()));
  }

  /** Whether {@code bookingId} is one of the patient's bookings. */
  public boolean has(String bookingId) {
    return bookings.containsKey(bookingId);
  }

  private Booking open(String bookingId) {
    Booking booking = bookings.get(bookingId);
    if (booking == null || booking.status() != Status.BOOKED) {
      throw new BusinessRuleViolation(
          BookingRule.BOOKING_NOT_OPEN,
          "Booking "
              + bookingId
              + (booking == null
                  ? " is not this patient's"
                  : " is " + booking.status().name().toLowerCase()));
    }
    return booking;
  }

  private static void suits(
      ExamPackageDefinition offered,
      Optional<Sex> sex,
      Optional<LocalDate> birthDate,
      LocalDate day) {
    // Unknown and unspecified (GB/T 2261.1) both say the patient's sex is not known: no refusal.
    if (offered.sex() != null
        && sex.isPresent()
        && sex.get() != Sex.UNKNOWN
        && sex.get() != Sex.UNSPECIFIED
        && sex.get() != offered.sex()) {
      throw new BusinessRuleViolation(
          BookingRule.PACKAGE_NOT_SUITABLE,
          "Exam package "
              + offered.code()
              + " is for "
              + offered.sex().name().toLowerCase()
              + " patients");
    }
    if (birthDate.isPresent() && (offered.minAge() != null || offered.maxAge() != null)) {
      int age = Period.between(birthDate.get(), day).getYears();
      if ((offered.minAge() != null && age < offered.minAge())
          || (offered.maxAge() != null && age > offered.maxAge())) {
        throw new BusinessRuleViolation(
            BookingRule.PACKAGE_NOT_SUITABLE,
            "Exam package "
                + offered.code()
                + " is for ages "
                + (offered.minAge() == null ? "" : offered.minAge())
                + "–"
                + (offered.maxAge() == null ? "" : offered.maxAge()));
      }
    }
  }

  private static void claim(ExamCatalogue catalogue, ExamPackageDefinition offered, LocalDate day) {
    if (!catalogue.claim(offered.code(), day, offered.dailyCapacity())) {
      throw new BusinessRuleViolation(
          BookingRule.BOOKING_DAY_FULL,
          "Exam package " + offered.code() + " is fully booked on " + day + "; choose another day");
    }
  }

  @EventSourcingHandler
  void on(ExamBooked event) {
    bookings.put(event.bookingId(), new Booking(event.packageCode(), event.date(), Status.BOOKED));
  }

  @EventSourcingHandler
  void on(ExamRescheduled event) {
    bookings.computeIfPresent(
        event.bookingId(), (id, b) -> new Booking(b.packageCode(), event.to(), b.status()));
  }

  @EventSourcingHandler
  void on(ExamCancelled event) {
    bookings.computeIfPresent(
        event.bookingId(), (id, b) -> new Booking(b.packageCode(), b.date(), Status.CANCELLED));
  }

  @EventSourcingHandler
  void on(ExamAttended event) {
    bookings.computeIfPresent(
        event.bookingId(), (id, b) -> new Booking(b.packageCode(), b.date(), Status.ATTENDED));
  }

  @EventSourcingHandler
  void on(ExamMissed event) {
    bookings.computeIfPresent(
        event.bookingId(), (id, b) -> new Booking(b.packageCode(), b.date(), Status.MISSED));
  }
}
