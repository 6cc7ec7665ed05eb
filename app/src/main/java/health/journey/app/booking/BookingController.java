package health.journey.app.booking;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.NotFound;
import health.journey.api.PatientId;
import health.journey.api.booking.BookExam;
import health.journey.api.booking.BookingReadModel;
import health.journey.api.booking.BookingView;
import health.journey.api.booking.CancelExam;
import health.journey.api.booking.DefineExamPackage;
import health.journey.api.booking.ExamPackageDefinition;
import health.journey.api.booking.ExamPackageView;
import health.journey.api.booking.FindAvailabilityQuery;
import health.journey.api.booking.FindBookingsQuery;
import health.journey.api.booking.FindExamPackagesQuery;
import health.journey.api.booking.RecordExamAttendance;
import health.journey.api.booking.RescheduleExam;
import health.journey.api.booking.RetireExamPackage;
import health.journey.api.patient.PatientView;
import health.journey.api.personaldata.FreeText;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.booking.BookingInputs.BookExamInput;
import health.journey.app.booking.BookingInputs.CancelExamInput;
import health.journey.app.booking.BookingInputs.DefineExamPackageInput;
import health.journey.app.booking.BookingInputs.RecordExamAttendanceInput;
import health.journey.app.booking.BookingInputs.RescheduleExamInput;
import health.journey.app.platform.graphql.Mutations;
import health.journey.app.platform.graphql.PatientMutations;
import health.journey.app.platform.graphql.PatientPayload;
import health.journey.app.platform.graphql.ProjectionLag;
import health.journey.app.platform.messaging.CommandTarget;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Exam packages (体检商城) and patients' exam bookings (体检预约). */
@Controller
class BookingController {

  private static final List<String> PACKAGES_SHOWN_IN = List.of(BookingReadModel.PROCESSING_GROUP);
  private static final List<String> BOOKINGS_SHOWN_IN =
      List.of(BookingReadModel.PROCESSING_GROUP, TimelineReadModel.PROCESSING_GROUP);
  private static final int LONGEST_PERIOD_DAYS = 92;

  private final QueryGateway queries;
  private final Mutations mutations;
  private final PatientMutations patients;

  BookingController(QueryGateway queries, Mutations mutations, PatientMutations patients) {
    this.queries = queries;
    this.mutations = mutations;
    this.patients = patients;
  }

  /** What a package mutation answers. */
  record ExamPackagePayload(String code, String clientRequestId, boolean projected) {}

  /** What a booking mutation answers. */
  record BookingPayload(PatientPayload patient, String bookingId) {}

  /** One day of a package's availability. */
  record ExamDay(LocalDate date, int capacity, int booked, int left) {}

  @QueryMapping
  List<ExamPackageView> examPackages(@Argument Boolean includeRetired) {
    return packages(Boolean.TRUE.equals(includeRetired));
  }

  @QueryMapping
  List<ExamDay> examAvailability(
      @Argument String packageCode, @Argument LocalDate from, @Argument LocalDate to) {
    String code = InvalidInput.requireName(packageCode, "packageCode", 64);
    InvalidInput.require(!from.isAfter(to), "from", "from must not be after to");
    InvalidInput.require(
        ChronoUnit.DAYS.between(from, to) < LONGEST_PERIOD_DAYS,
        "to",
        "ask for at most " + LONGEST_PERIOD_DAYS + " days at once");
    return queries
        .query(new FindAvailabilityQuery(code, from, to), FindAvailabilityQuery.Availability.class)
        .join()
        .days()
        .stream()
        .map(
            d ->
                new ExamDay(
                    d.date(), d.capacity(), d.booked(), Math.max(0, d.capacity() - d.booked())))
        .toList();
  }

  @MutationMapping
  ExamPackagePayload defineExamPackage(
      @Argument DefineExamPackageInput input, DataFetchingEnvironment env) {
    InvalidInput.require(
        input.dailyCapacity() != null, "dailyCapacity", "dailyCapacity is required");
    ExamPackageDefinition definition =
        new ExamPackageDefinition(
            input.code(),
            input.name(),
            input.items(),
            input.priceYuan(),
            input.sex(),
            input.minAge(),
            input.maxAge(),
            input.dailyCapacity());
    DefineExamPackage command = new DefineExamPackage(null, definition, null);
    Mutations.Sent sent = mutations.send(env, command, packageTarget(command.packageId()));
    return new ExamPackagePayload(definition.code(), sent.clientRequestId(), sent.projected());
  }

  @MutationMapping
  ExamPackagePayload retireExamPackage(@Argument String code, DataFetchingEnvironment env) {
    String checked = InvalidInput.requireName(code, "code", 64);
    String id = DefineExamPackage.idOf(checked);
    Mutations.Sent sent = mutations.send(env, new RetireExamPackage(id, null), packageTarget(id));
    return new ExamPackagePayload(checked, sent.clientRequestId(), sent.projected());
  }

  @SchemaMapping(typeName = "ExamPackagePayload", field = "examPackage")
  ExamPackageView payloadPackage(ExamPackagePayload payload) {
    if (!payload.projected()) {
      throw new ProjectionLag(payload.code());
    }
    return packages(true).stream()
        .filter(p -> p.definition().code().equals(payload.code()))
        .findFirst()
        .orElse(null);
  }

  @MutationMapping
  BookingPayload bookExam(@Argument BookExamInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    BookExam command = new BookExam(id, input.bookingId(), input.packageCode(), input.date(), null);
    return booking(patients.sent(env, command, id, BOOKINGS_SHOWN_IN), command.bookingId());
  }

  @MutationMapping
  BookingPayload rescheduleExam(@Argument RescheduleExamInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    RescheduleExam command = new RescheduleExam(id, input.bookingId(), input.date(), null);
    return booking(patients.sent(env, command, id, BOOKINGS_SHOWN_IN), command.bookingId());
  }

  @MutationMapping
  BookingPayload cancelExam(@Argument CancelExamInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    CancelExam command =
        new CancelExam(id, input.bookingId(), FreeText.of(id, input.reason(), "reason"), null);
    return booking(patients.sent(env, command, id, BOOKINGS_SHOWN_IN), command.bookingId());
  }

  @MutationMapping
  BookingPayload recordExamAttendance(
      @Argument RecordExamAttendanceInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    InvalidInput.require(input.attended() != null, "attended", "attended is required");
    RecordExamAttendance command =
        new RecordExamAttendance(id, input.bookingId(), input.attended(), null);
    return booking(patients.sent(env, command, id, BOOKINGS_SHOWN_IN), command.bookingId());
  }

  @SchemaMapping(typeName = "BookingPayload", field = "patientId")
  String bookingPatientId(BookingPayload payload) {
    return payload.patient().patientId();
  }

  @SchemaMapping(typeName = "BookingPayload", field = "clientRequestId")
  String bookingRequestId(BookingPayload payload) {
    return payload.patient().clientRequestId();
  }

  @SchemaMapping(typeName = "BookingPayload", field = "patient")
  PatientPayload bookingPatient(BookingPayload payload) {
    return payload.patient();
  }

  @SchemaMapping(typeName = "BookingPayload", field = "booking")
  BookingView bookingRead(BookingPayload payload) {
    if (!payload.patient().projected()) {
      throw new ProjectionLag(payload.patient().patientId());
    }
    return bookings(List.of(PatientId.of(payload.patient().patientId())))
        .getOrDefault(payload.patient().patientId(), List.of())
        .stream()
        .filter(b -> b.bookingId().equals(payload.bookingId()))
        .findFirst()
        .orElse(null);
  }

  @BatchMapping(typeName = "Patient", field = "examBookings")
  Map<PatientView, List<BookingView>> examBookings(List<PatientView> patients) {
    Map<String, List<BookingView>> found =
        bookings(patients.stream().map(PatientView::id).distinct().toList());
    Map<PatientView, List<BookingView>> result = new LinkedHashMap<>();
    for (PatientView p : patients) {
      result.put(p, found.getOrDefault(p.id().toString(), List.of()));
    }
    return result;
  }

  private Map<String, List<BookingView>> bookings(List<PatientId> ids) {
    return queries
        .query(new FindBookingsQuery(ids), FindBookingsQuery.PatientBookings.class)
        .join()
        .byPatient();
  }

  private List<ExamPackageView> packages(boolean includeRetired) {
    return queries
        .query(new FindExamPackagesQuery(includeRetired), FindExamPackagesQuery.ExamPackages.class)
        .join()
        .packages();
  }

  private static BookingPayload booking(Mutations.Sent sent, String bookingId) {
    return new BookingPayload(PatientMutations.payload(sent), bookingId);
  }

  private static CommandTarget packageTarget(String packageId) {
    return new CommandTarget(
        packageId,
        PACKAGES_SHOWN_IN,
        id -> new NotFound("EXAM_PACKAGE_NOT_FOUND", "No exam package with id " + id));
  }
}
