package health.journey.command.patient;

import static health.journey.command.Refusals.breaking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
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
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.command.booking.InMemoryExamCatalogue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A patient books exam packages (体检预约), moves and cancels them, and comes or does not. */
class PatientBookingsTest {

  /** 10:00 in China on 1 June 2026: "today" for these tests. */
  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-06-01T01:30:00Z");

  /** Born 4 May 1981: 45 today. */
  private static final LocalDate BORN = LocalDate.of(1981, 5, 4);

  private static final ExamPackageDefinition WOMENS_HEALTH =
      new ExamPackageDefinition(
          "womens-health",
          "女性健康体检 (Women's health)",
          List.of("血常规", "乳腺超声", "宫颈TCT"),
          new BigDecimal("1280.00"),
          Sex.FEMALE,
          35,
          65,
          2);
  private static final ExamPackageDefinition MENS_HEALTH =
      new ExamPackageDefinition(
          "mens-health",
          "男性健康体检 (Men's health)",
          List.of("血常规", "前列腺特异抗原"),
          new BigDecimal("980"),
          Sex.MALE,
          null,
          null,
          50);
  private static final ExamPackageDefinition YOUTH =
      new ExamPackageDefinition(
          "youth", "青年体检 (Youth)", List.of("血常规"), new BigDecimal("299"), null, 18, 30, 50);

  private final PatientId id = PatientId.of("6d0f3a4e-8f3b-4a59-9a64-5b0e1a2f3c4d");
  private final InMemoryExamCatalogue catalogue = new InMemoryExamCatalogue();
  private AggregateTestFixture<Patient> fixture;

  @BeforeEach
  void setUp() {
    BusinessTime.useClock(Clock.fixed(NOW, ZoneOffset.UTC));
    fixture = new AggregateTestFixture<>(Patient.class);
    fixture.registerInjectableResource(catalogue);
    catalogue.offer(WOMENS_HEALTH);
    catalogue.offer(MENS_HEALTH);
    catalogue.offer(YOUTH);
  }

  @AfterEach
  void restoreTheClock() {
    BusinessTime.useClock(Clock.systemUTC());
  }

  private CardOpened cardOpened(Sex sex, LocalDate birthDate) {
    return new CardOpened(
        id,
        "JC-0001",
        CardTier.GOLD,
        EnrolmentChannel.EXAM_CENTRE,
        PersonalData.of(id.toString(), PersonalDataKind.NAME, "王丽"),
        PersonalData.of(id.toString(), PersonalDataKind.PHONE, "13812341234"),
        null,
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, sex),
        Sealed.ofNullable(id, PersonalDataKind.DEMOGRAPHIC, birthDate),
        LifecycleStage.PROSPECT,
        T0);
  }

  private CardOpened woman() {
    return cardOpened(Sex.FEMALE, BORN);
  }

  private BookExam booking(String packageCode, LocalDate date) {
    return new BookExam(id, "booking-1", packageCode, date, T1);
  }

  private ExamBooked booked(String packageCode, LocalDate date) {
    return new ExamBooked(id, "booking-1", packageCode, date, T0);
  }

  private PersonalData reason(String text) {
    return PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, text);
  }

  @Test
  void aPatientBooksAPackageThatSuitsHerSexAndAge() {
    LocalDate day = TODAY.plusDays(7);
    fixture
        .given(woman())
        .when(booking("womens-health", day))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamBooked(id, "booking-1", "womens-health", day, T1));
    assertThat(catalogue.booked("womens-health", day)).isEqualTo(1);
  }

  @Test
  void anExamCanBeBookedForToday() {
    fixture
        .given(woman())
        .when(booking("womens-health", TODAY))
        .expectEvents(new ExamBooked(id, "booking-1", "womens-health", TODAY, T1));
  }

  @Test
  void theSameBookingSentTwiceIsBookedOnce() {
    LocalDate day = TODAY.plusDays(7);
    catalogue.claim("womens-health", day, 2);
    fixture
        .given(woman(), booked("womens-health", day))
        .when(booking("womens-health", day))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(catalogue.booked("womens-health", day)).isEqualTo(1);
  }

  @Test
  void aPackageForTheOtherSexIsRefusedAndTakesNoPlace() {
    LocalDate day = TODAY.plusDays(7);
    fixture
        .given(woman())
        .when(booking("mens-health", day))
        .expectException(breaking(BookingRule.PACKAGE_NOT_SUITABLE))
        .expectExceptionMessage("Exam package mens-health is for male patients")
        .expectNoEvents();
    assertThat(catalogue.booked("mens-health", day)).isZero();
  }

  @ParameterizedTest(name = "a patient whose sex is {0} may book a package for women")
  @EnumSource(
      value = Sex.class,
      names = {"UNKNOWN", "UNSPECIFIED"})
  void aPatientWhoseSexIsNotKnownIsNotRefusedForSex(Sex sex) {
    LocalDate day = TODAY.plusDays(7);
    fixture
        .given(cardOpened(sex, BORN))
        .when(booking("womens-health", day))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamBooked(id, "booking-1", "womens-health", day, T1));
  }

  @Test
  void aPatientOlderThanThePackageSuitsIsRefused() {
    fixture
        .given(woman())
        .when(booking("youth", TODAY.plusDays(7)))
        .expectException(breaking(BookingRule.PACKAGE_NOT_SUITABLE))
        .expectExceptionMessage("Exam package youth is for ages 18–30")
        .expectNoEvents();
  }

  @Test
  void theAgeThatCountsIsTheAgeOnTheDayOfTheExam() {
    // 18 on 10 June 2026: too young the day before, old enough on the day.
    LocalDate born = LocalDate.of(2008, 6, 10);
    fixture
        .given(cardOpened(Sex.MALE, born))
        .when(booking("youth", LocalDate.of(2026, 6, 9)))
        .expectException(breaking(BookingRule.PACKAGE_NOT_SUITABLE))
        .expectNoEvents();
    fixture
        .given(cardOpened(Sex.MALE, born))
        .when(booking("youth", LocalDate.of(2026, 6, 10)))
        .expectEvents(new ExamBooked(id, "booking-1", "youth", LocalDate.of(2026, 6, 10), T1));
  }

  @Test
  void aPatientIsStillOfThePackagesHighestAgeUntilTheNextBirthday() {
    // 30 on 2 June 2026, 31 on 2 June 2027.
    LocalDate born = LocalDate.of(1996, 6, 2);
    LocalDate lastDay = LocalDate.of(2027, 6, 1);
    fixture
        .given(cardOpened(Sex.MALE, born))
        .when(booking("youth", lastDay))
        .expectEvents(new ExamBooked(id, "booking-1", "youth", lastDay, T1));
  }

  @Test
  void aPatientWhoseBirthDateIsNotKnownIsNotRefusedForAge() {
    LocalDate day = TODAY.plusDays(7);
    fixture
        .given(cardOpened(Sex.FEMALE, null))
        .when(booking("youth", day))
        .expectEvents(new ExamBooked(id, "booking-1", "youth", day, T1));
  }

  @Test
  void aDayOnWhichThePackageIsFullyBookedIsRefused() {
    LocalDate day = TODAY.plusDays(7);
    catalogue.claim("womens-health", day, 2);
    catalogue.claim("womens-health", day, 2);
    fixture
        .given(woman())
        .when(booking("womens-health", day))
        .expectException(breaking(BookingRule.BOOKING_DAY_FULL))
        .expectExceptionMessage(
            "Exam package womens-health is fully booked on 2026-06-08; choose another day")
        .expectNoEvents();
    assertThat(catalogue.booked("womens-health", day)).isEqualTo(2);
  }

  @Test
  void theLastPlaceOfADayCanBeBooked() {
    LocalDate day = TODAY.plusDays(7);
    catalogue.claim("womens-health", day, 2);
    fixture
        .given(woman())
        .when(booking("womens-health", day))
        .expectEvents(new ExamBooked(id, "booking-1", "womens-health", day, T1));
    assertThat(catalogue.booked("womens-health", day)).isEqualTo(2);
  }

  @Test
  void aPackageThatWasNeverDefinedCannotBeBooked() {
    fixture
        .given(woman())
        .when(booking("executive-platinum", TODAY.plusDays(7)))
        .expectException(breaking(BookingRule.PACKAGE_NOT_OFFERED))
        .expectExceptionMessage("Exam package executive-platinum is not on offer")
        .expectNoEvents();
  }

  @Test
  void aRetiredPackageCannotBeBooked() {
    catalogue.retired("womens-health");
    fixture
        .given(woman())
        .when(booking("womens-health", TODAY.plusDays(7)))
        .expectException(breaking(BookingRule.PACKAGE_NOT_OFFERED))
        .expectNoEvents();
  }

  @Test
  void anExamCannotBeBookedForADayThatHasPassedNorMoreThanAYearAhead() {
    assertThatThrownBy(() -> booking("womens-health", TODAY.minusDays(1)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("date"))
        .hasMessage("date cannot be in the past");
    assertThatThrownBy(() -> booking("womens-health", TODAY.plusYears(1).plusDays(1)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("date"))
        .hasMessage("date can be at most a year ahead");
  }

  @Test
  void reschedulingMovesTheBookingAndItsPlaceToTheNewDay() {
    LocalDate from = TODAY.plusDays(7);
    LocalDate to = TODAY.plusDays(14);
    catalogue.claim("womens-health", from, 2);
    fixture
        .given(woman(), booked("womens-health", from))
        .when(new RescheduleExam(id, "booking-1", to, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamRescheduled(id, "booking-1", from, to, T1));
    assertThat(catalogue.booked("womens-health", from)).isZero();
    assertThat(catalogue.booked("womens-health", to)).isEqualTo(1);
  }

  @Test
  void reschedulingToTheDayAlreadyBookedChangesNothing() {
    LocalDate day = TODAY.plusDays(7);
    catalogue.claim("womens-health", day, 2);
    fixture
        .given(woman(), booked("womens-health", day))
        .when(new RescheduleExam(id, "booking-1", day, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(catalogue.booked("womens-health", day)).isEqualTo(1);
  }

  @Test
  void reschedulingToAFullDayIsRefusedAndTheBookingKeepsItsPlace() {
    LocalDate from = TODAY.plusDays(7);
    LocalDate to = TODAY.plusDays(14);
    catalogue.claim("womens-health", from, 2);
    catalogue.claim("womens-health", to, 2);
    catalogue.claim("womens-health", to, 2);
    fixture
        .given(woman(), booked("womens-health", from))
        .when(new RescheduleExam(id, "booking-1", to, T1))
        .expectException(breaking(BookingRule.BOOKING_DAY_FULL))
        .expectNoEvents();
    assertThat(catalogue.booked("womens-health", from)).isEqualTo(1);
    assertThat(catalogue.booked("womens-health", to)).isEqualTo(2);
  }

  @Test
  void anExamCannotBeRescheduledIntoThePast() {
    assertThatThrownBy(() -> new RescheduleExam(id, "booking-1", TODAY.minusDays(1), T1))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("date"));
  }

  @Test
  void aCancelledBookingCannotBeRescheduled() {
    LocalDate day = TODAY.plusDays(7);
    fixture
        .given(
            woman(),
            booked("womens-health", day),
            new ExamCancelled(id, "booking-1", reason("ill"), T0))
        .when(new RescheduleExam(id, "booking-1", TODAY.plusDays(14), T1))
        .expectException(breaking(BookingRule.BOOKING_NOT_OPEN))
        .expectExceptionMessage("Booking booking-1 is cancelled")
        .expectNoEvents();
    assertThat(catalogue.booked("womens-health", TODAY.plusDays(14))).isZero();
  }

  @Test
  void anotherPatientsBookingCannotBeRescheduled() {
    fixture
        .given(woman())
        .when(new RescheduleExam(id, "booking-of-someone-else", TODAY.plusDays(14), T1))
        .expectException(breaking(BookingRule.BOOKING_NOT_OPEN))
        .expectExceptionMessage("Booking booking-of-someone-else is not this patient's")
        .expectNoEvents();
  }

  @Test
  void cancellingRecordsWhyAndGivesThePlaceBack() {
    LocalDate day = TODAY.plusDays(7);
    catalogue.claim("womens-health", day, 2);
    catalogue.claim("womens-health", day, 2);
    fixture
        .given(woman(), booked("womens-health", day))
        .when(new CancelExam(id, "booking-1", reason("出差 (travelling)"), T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamCancelled(id, "booking-1", reason("出差 (travelling)"), T1));
    assertThat(catalogue.booked("womens-health", day)).isEqualTo(1);
  }

  @Test
  void aCancelledBookingCannotBeCancelledAgain() {
    LocalDate day = TODAY.plusDays(7);
    fixture
        .given(
            woman(),
            booked("womens-health", day),
            new ExamCancelled(id, "booking-1", reason("ill"), T0))
        .when(new CancelExam(id, "booking-1", reason("again"), T1))
        .expectException(breaking(BookingRule.BOOKING_NOT_OPEN))
        .expectNoEvents();
  }

  @Test
  void aPatientWhoCameOnTheDayIsRecordedAsAttended() {
    fixture
        .given(woman(), booked("womens-health", TODAY))
        .when(new RecordExamAttendance(id, "booking-1", true, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamAttended(id, "booking-1", T1));
  }

  @Test
  void aPatientWhoDidNotComeIsRecordedAsANoShow() {
    fixture
        .given(woman(), booked("womens-health", TODAY.minusDays(3)))
        .when(new RecordExamAttendance(id, "booking-1", false, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamMissed(id, "booking-1", T1));
  }

  @Test
  void attendanceCannotBeRecordedBeforeTheDayOfTheExam() {
    fixture
        .given(woman(), booked("womens-health", TODAY.plusDays(1)))
        .when(new RecordExamAttendance(id, "booking-1", true, T1))
        .expectException(breaking(BookingRule.BOOKING_DATE_NOT_ALLOWED))
        .expectExceptionMessage("Booking booking-1 is for 2026-06-02, which has not come yet")
        .expectNoEvents();
  }

  @Test
  void aCancelledBookingCannotBeAttended() {
    fixture
        .given(
            woman(),
            booked("womens-health", TODAY),
            new ExamCancelled(id, "booking-1", reason("ill"), T0))
        .when(new RecordExamAttendance(id, "booking-1", true, T1))
        .expectException(breaking(BookingRule.BOOKING_NOT_OPEN))
        .expectExceptionMessage("Booking booking-1 is cancelled")
        .expectNoEvents();
  }

  @Test
  void anAttendedExamCannotBeCancelledNorRecordedAgain() {
    fixture
        .given(woman(), booked("womens-health", TODAY), new ExamAttended(id, "booking-1", T1))
        .when(new CancelExam(id, "booking-1", reason("changed mind"), T1))
        .expectException(breaking(BookingRule.BOOKING_NOT_OPEN))
        .expectExceptionMessage("Booking booking-1 is attended")
        .expectNoEvents();
    fixture
        .given(woman(), booked("womens-health", TODAY), new ExamAttended(id, "booking-1", T1))
        .when(new RecordExamAttendance(id, "booking-1", false, T1))
        .expectException(breaking(BookingRule.BOOKING_NOT_OPEN))
        .expectNoEvents();
  }

  @Test
  void aMissedExamCannotBeRescheduled() {
    fixture
        .given(
            woman(),
            booked("womens-health", TODAY.minusDays(3)),
            new ExamMissed(id, "booking-1", T1))
        .when(new RescheduleExam(id, "booking-1", TODAY.plusDays(7), T1))
        .expectException(breaking(BookingRule.BOOKING_NOT_OPEN))
        .expectExceptionMessage("Booking booking-1 is missed")
        .expectNoEvents();
  }
}
