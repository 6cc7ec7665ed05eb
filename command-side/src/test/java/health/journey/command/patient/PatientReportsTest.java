package health.journey.command.patient;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.PatientId;
import health.journey.api.booking.ExamBooked;
import health.journey.api.indicator.Flag;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.report.ExamReport;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportConflicted;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.RecordExamReports;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportOutcome;
import health.journey.api.report.ReportOutcome.Result;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportedValue;
import health.journey.command.CapturedEvents;
import health.journey.command.report.ReportLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exam reports join a patient's record once: the same report again changes nothing, an amendment
 * replaces it, other content under the same identifier is kept as a conflict for staff.
 */
class PatientReportsTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant ISSUED = Instant.parse("2026-03-05T03:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-06T09:30:00Z");
  private static final Instant T2 = Instant.parse("2026-03-07T09:30:00Z");

  private static final String LAB_A = "urn:oid:2.16.840.1.113883.3.9999.1";
  private static final String LAB_B = "urn:oid:2.16.840.1.113883.3.9999.2";

  private final PatientId id = PatientId.of("6d0f3a4e-8f3b-4a59-9a64-5b0e1a2f3c4d");
  private AggregateTestFixture<Patient> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Patient.class);
  }

  private CardOpened cardOpened() {
    return new CardOpened(
        id,
        "JC-0001",
        CardTier.GOLD,
        EnrolmentChannel.EXAM_CENTRE,
        PersonalData.of(id.toString(), PersonalDataKind.NAME, "王丽"),
        PersonalData.of(id.toString(), PersonalDataKind.PHONE, "13812341234"),
        null,
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, Sex.FEMALE),
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, LocalDate.of(1981, 5, 4)),
        LifecycleStage.PROSPECT,
        T0);
  }

  /** LDL cholesterol (LOINC 13457-7) as sent in mmol/L. */
  private static ReportedValue ldl(String mmolPerLitre) {
    BigDecimal value = new BigDecimal(mmolPerLitre);
    return new ReportedValue(
        "13457-7",
        "ldl-cholesterol",
        "低密度脂蛋白胆固醇",
        value,
        "mmol/L",
        value,
        "mmol/L",
        null,
        new BigDecimal("3.4"),
        null,
        value.compareTo(new BigDecimal("3.4")) > 0 ? Flag.HIGH : Flag.NORMAL,
        false,
        null,
        ISSUED,
        "obs-1",
        null);
  }

  private static ExamReport lipids(
      String sourceSystem, ReportStatus status, String ldl, String bookingId) {
    return new ExamReport(
        sourceSystem,
        "ACC-1001",
        "57698-3",
        status,
        "血脂四项 (Lipid panel)",
        ISSUED,
        List.of(ldl(ldl)),
        bookingId);
  }

  private static ExamReport lipids(ReportStatus status, String ldl) {
    return lipids(LAB_A, status, ldl, null);
  }

  private String reportId(ExamReport report) {
    return ReportLedger.idOf(id, report);
  }

  private Sealed<ReportContent> content(ExamReport report) {
    return Sealed.of(
        id,
        PersonalDataKind.HEALTH,
        new ReportContent(report.code(), report.title(), report.values()));
  }

  private ExamReportRecorded recorded(ExamReport report, String bookingId, Instant at) {
    return new ExamReportRecorded(
        id,
        reportId(report),
        report.sourceSystem(),
        report.identifier(),
        report.status(),
        report.issuedAt(),
        bookingId,
        report.contentHash(),
        content(report),
        at);
  }

  private ExamReportConflicted conflicted(ExamReport report, Instant at) {
    return new ExamReportConflicted(
        id,
        reportId(report),
        report.status(),
        report.issuedAt(),
        report.contentHash(),
        content(report),
        at);
  }

  private ExamReportAmended amended(ExamReport report, Instant at) {
    return new ExamReportAmended(
        id,
        reportId(report),
        report.status(),
        report.issuedAt(),
        report.contentHash(),
        content(report),
        at);
  }

  private ReportOutcome outcome(ExamReport report, Result result) {
    return new ReportOutcome(reportId(report), report.sourceSystem(), report.identifier(), result);
  }

  private RecordExamReports recording(ExamReport... reports) {
    return new RecordExamReports(id, List.of(reports), T1);
  }

  @Test
  void aNewReportIsRecordedWithItsContentSealed() {
    ExamReport report = lipids(ReportStatus.FINAL, "3.9");
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened())
        .when(recording(report))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(List.of(outcome(report, Result.RECORDED)))
        .expectEvents(recorded(report, null, T1))
        .expectEventsMatching(events);
    ExamReportRecorded event = events.single(ExamReportRecorded.class);
    assertThat(event.content().kind()).isEqualTo(PersonalDataKind.HEALTH);
    assertThat(event.content().subject()).isEqualTo(id.toString());
    assertThat(event.content().reveal())
        .hasValueSatisfying(
            c -> {
              assertThat(c.title()).isEqualTo("血脂四项 (Lipid panel)");
              assertThat(c.values())
                  .extracting(ReportedValue::value)
                  .containsExactly(new BigDecimal("3.9"));
            });
  }

  @Test
  void theSameReportSentAgainChangesNothing() {
    ExamReport report = lipids(ReportStatus.FINAL, "3.9");
    fixture
        .given(cardOpened(), recorded(report, null, T0))
        .when(recording(lipids(ReportStatus.FINAL, "3.9")))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(List.of(outcome(report, Result.ALREADY_RECORDED)))
        .expectNoEvents();
  }

  @Test
  void theSameContentUnderAnotherStatusIsTheSameReport() {
    ExamReport report = lipids(ReportStatus.PRELIMINARY, "3.9");
    fixture
        .given(cardOpened(), recorded(report, null, T0))
        .when(recording(lipids(ReportStatus.FINAL, "3.9")))
        .expectResultMessagePayload(List.of(outcome(report, Result.ALREADY_RECORDED)))
        .expectNoEvents();
  }

  @ParameterizedTest(name = "content marked {0} replaces the recorded report")
  @EnumSource(
      value = ReportStatus.class,
      names = {"AMENDED", "CORRECTED"})
  void contentItsSenderMarksAsAmendedOrCorrectedReplacesTheRecordedReport(ReportStatus status) {
    ExamReport first = lipids(ReportStatus.FINAL, "3.9");
    ExamReport second = lipids(status, "2.9");
    CapturedEvents events = new CapturedEvents();
    fixture
        .given(cardOpened(), recorded(first, null, T0))
        .when(recording(second))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(List.of(outcome(second, Result.AMENDED)))
        .expectEvents(amended(second, T1))
        .expectEventsMatching(events);
    assertThat(events.single(ExamReportAmended.class).content().reveal())
        .hasValueSatisfying(
            c ->
                assertThat(c.values())
                    .extracting(ReportedValue::value)
                    .containsExactly(new BigDecimal("2.9")));
  }

  @Test
  void anAmendmentSentAgainChangesNothing() {
    ExamReport first = lipids(ReportStatus.FINAL, "3.9");
    ExamReport second = lipids(ReportStatus.AMENDED, "2.9");
    fixture
        .given(cardOpened(), recorded(first, null, T0), amended(second, T1))
        .when(new RecordExamReports(id, List.of(lipids(ReportStatus.AMENDED, "2.9")), T2))
        .expectResultMessagePayload(List.of(outcome(second, Result.ALREADY_RECORDED)))
        .expectNoEvents();
  }

  @Test
  void otherContentUnderARecordedIdentifierIsAConflictForStaff() {
    ExamReport first = lipids(ReportStatus.FINAL, "3.9");
    ExamReport other = lipids(ReportStatus.FINAL, "4.4");
    fixture
        .given(cardOpened(), recorded(first, null, T0))
        .when(recording(other))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(List.of(outcome(other, Result.CONFLICT)))
        .expectEvents(conflicted(other, T1));
  }

  @Test
  void theSameConflictingContentAgainIsTheSameConflict() {
    ExamReport first = lipids(ReportStatus.FINAL, "3.9");
    ExamReport other = lipids(ReportStatus.FINAL, "4.4");
    fixture
        .given(cardOpened(), recorded(first, null, T0), conflicted(other, T1))
        .when(new RecordExamReports(id, List.of(lipids(ReportStatus.FINAL, "4.4")), T2))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(List.of(outcome(other, Result.CONFLICT)))
        .expectNoEvents();
  }

  @Test
  void theRecordedReportStandsBesideAConflict() {
    ExamReport first = lipids(ReportStatus.FINAL, "3.9");
    ExamReport other = lipids(ReportStatus.FINAL, "4.4");
    fixture
        .given(cardOpened(), recorded(first, null, T0), conflicted(other, T1))
        .when(new RecordExamReports(id, List.of(lipids(ReportStatus.FINAL, "3.9")), T2))
        .expectResultMessagePayload(List.of(outcome(first, Result.ALREADY_RECORDED)))
        .expectNoEvents();
  }

  @Test
  void conflictingContentItsSenderLaterMarksAsAmendedReplacesTheRecordedReport() {
    ExamReport first = lipids(ReportStatus.FINAL, "3.9");
    ExamReport other = lipids(ReportStatus.FINAL, "4.4");
    ExamReport confirmed = lipids(ReportStatus.AMENDED, "4.4");
    fixture
        .given(cardOpened(), recorded(first, null, T0), conflicted(other, T1))
        .when(new RecordExamReports(id, List.of(confirmed), T2))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(List.of(outcome(confirmed, Result.AMENDED)))
        .expectEvents(
            new ExamReportAmended(
                id,
                reportId(confirmed),
                ReportStatus.AMENDED,
                ISSUED,
                confirmed.contentHash(),
                content(confirmed),
                T2));
  }

  @Test
  void theSameIdentifierFromTwoSendersIsTwoReports() {
    ExamReport fromA = lipids(LAB_A, ReportStatus.FINAL, "3.9", null);
    ExamReport fromB = lipids(LAB_B, ReportStatus.FINAL, "4.4", null);
    assertThat(reportId(fromA)).isNotEqualTo(reportId(fromB));
    fixture
        .given(cardOpened())
        .when(recording(fromA, fromB))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(
            List.of(outcome(fromA, Result.RECORDED), outcome(fromB, Result.RECORDED)))
        .expectEvents(recorded(fromA, null, T1), recorded(fromB, null, T1));
  }

  @Test
  void eachReportOfABatchIsAnsweredInTurn() {
    ExamReport known = lipids(LAB_A, ReportStatus.FINAL, "3.9", null);
    ExamReport fresh = lipids(LAB_B, ReportStatus.FINAL, "4.4", null);
    fixture
        .given(cardOpened(), recorded(known, null, T0))
        .when(recording(lipids(LAB_A, ReportStatus.FINAL, "3.9", null), fresh))
        .expectResultMessagePayload(
            List.of(outcome(known, Result.ALREADY_RECORDED), outcome(fresh, Result.RECORDED)))
        .expectEvents(recorded(fresh, null, T1));
  }

  @Test
  void aReportLinksToTheBookingItAnswersWhenTheBookingIsThePatients() {
    ExamReport report = lipids(LAB_A, ReportStatus.FINAL, "3.9", "booking-1");
    fixture
        .given(cardOpened(), new ExamBooked(id, "booking-1", "basic", LocalDate.of(2026, 3, 5), T0))
        .when(recording(report))
        .expectEvents(recorded(report, "booking-1", T1));
  }

  @Test
  void aBookingThatIsNotThePatientsIsNotLinked() {
    ExamReport report = lipids(LAB_A, ReportStatus.FINAL, "3.9", "booking-of-someone-else");
    fixture
        .given(cardOpened(), new ExamBooked(id, "booking-1", "basic", LocalDate.of(2026, 3, 5), T0))
        .when(recording(report))
        .expectResultMessagePayload(List.of(outcome(report, Result.RECORDED)))
        .expectEvents(recorded(report, null, T1));
  }

  @Test
  void aReportForAnUnknownPatientIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(recording(lipids(ReportStatus.FINAL, "3.9")))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
  }
}
