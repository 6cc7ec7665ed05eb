package health.journey.benchmark.population;

import health.journey.api.PatientId;
import health.journey.api.booking.BookExam;
import health.journey.api.booking.DefineExamPackage;
import health.journey.api.booking.ExamPackageDefinition;
import health.journey.api.patient.Sex;
import health.journey.api.questionnaire.AnswerQuestionnaire;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.report.ExamReport;
import health.journey.api.report.RecordExamReports;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportedValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A person's exams at the centre: a yearly exam report for each of the last few years (the panel of
 * {@link LabPanel}, mostly from the centre's own laboratory, now and then from a clinic that
 * reports in US units), the depression screener (and often the anxiety one) answered at the latest
 * exam, and the next exam booked, sometimes with a second package.
 */
final class ExamHistory {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int CAPACITY = 500;

  /** The packages on offer, defined once before any patient books. */
  static final List<ExamPackageDefinition> PACKAGES =
      List.of(
          new ExamPackageDefinition(
              "annual-basic",
              "年度基础体检套餐",
              List.of("一般检查", "血常规", "空腹血糖", "血脂四项", "肝功能", "肾功能", "心电图"),
              new BigDecimal("599"),
              null,
              18,
              null,
              CAPACITY),
          new ExamPackageDefinition(
              "cardio-metabolic",
              "心脑血管与代谢套餐",
              List.of("一般检查", "血常规", "空腹血糖", "糖化血红蛋白", "血脂四项", "同型半胱氨酸", "颈动脉超声", "心电图"),
              new BigDecimal("1280"),
              null,
              35,
              null,
              CAPACITY),
          new ExamPackageDefinition(
              "senior-care",
              "中老年全面体检套餐",
              List.of("一般检查", "血常规", "生化全项", "甲状腺功能", "骨密度", "腹部超声", "胸部CT", "心脏彩超"),
              new BigDecimal("1980"),
              null,
              50,
              null,
              CAPACITY),
          new ExamPackageDefinition(
              "women-health",
              "女性健康套餐",
              List.of("乳腺超声", "宫颈TCT", "HPV检测", "甲状腺功能", "妇科超声"),
              new BigDecimal("899"),
              Sex.FEMALE,
              18,
              null,
              CAPACITY),
          new ExamPackageDefinition(
              "men-health",
              "男性健康套餐",
              List.of("前列腺超声", "PSA", "甲状腺功能", "肝胆脾胰超声"),
              new BigDecimal("899"),
              Sex.MALE,
              18,
              null,
              CAPACITY));

  private final long seed;
  private final LocalDate today;
  private final int reportsPerPatient;

  ExamHistory(long seed, LocalDate today, int reportsPerPatient) {
    this.seed = seed;
    this.today = today;
    this.reportsPerPatient = reportsPerPatient;
  }

  static List<Object> definePackages(Instant at) {
    List<Object> commands = new ArrayList<>();
    for (ExamPackageDefinition definition : PACKAGES) {
      commands.add(new DefineExamPackage(null, definition, at));
    }
    return commands;
  }

  /**
   * The {@code index}-th person's exams: reports oldest first, then the screeners, then the
   * bookings. Every time lies in the past and every booked day at least a week ahead.
   */
  List<Object> commands(
      Random random, int index, PatientId id, Sex sex, int age, double heightCm, double bmi) {
    List<Object> commands = new ArrayList<>();
    LabPanel panel = new LabPanel(random, sex, age, heightCm, bmi);
    LocalDate latest = today.minusDays(20 + random.nextInt(330));
    int reports =
        reportsPerPatient == 0 ? 0 : Math.max(1, reportsPerPatient - 1 + random.nextInt(3));
    for (int yearsAgo = reports - 1; yearsAgo >= 0; yearsAgo--) {
      LocalDate day =
          latest.minusDays(365L * yearsAgo + (yearsAgo == 0 ? 0 : random.nextInt(61) - 30));
      LabPanel.Style style = random.nextInt(100) < 20 ? LabPanel.Style.US : LabPanel.Style.SI;
      Instant taken = at(day, 8, random.nextInt(120));
      Instant issued = at(day.plusDays(1 + random.nextInt(3)), 16, random.nextInt(60));
      List<ReportedValue> values = new ArrayList<>();
      for (LabPanel.Result result : panel.results(random, yearsAgo, style)) {
        values.add(value(result, taken));
      }
      commands.add(
          new RecordExamReports(
              id,
              List.of(
                  new ExamReport(
                      style.sender(),
                      String.format(
                          "EX%d-%08d-%s", seed % 100, index, day.toString().replace("-", "")),
                      LabPanel.LAB_REPORT,
                      ReportStatus.FINAL,
                      "年度体检报告 " + day.getYear(),
                      issued,
                      values,
                      null)),
              issued.plus(30, ChronoUnit.MINUTES)));
    }

    int severity = Screeners.severity(random);
    Instant answered = at(latest, 9, 30 + random.nextInt(60));
    commands.add(answer(random, index, id, Screeners.PHQ9, severity, latest, answered));
    if (random.nextBoolean()) {
      commands.add(
          answer(
              random,
              index,
              id,
              Screeners.GAD7,
              severity,
              latest,
              answered.plus(5, ChronoUnit.MINUTES)));
    }

    LocalDate next = clamp(latest.plusDays(365 + random.nextInt(21) - 10));
    Instant booked = at(today.minusDays(1 + random.nextInt(14)), 10, random.nextInt(480));
    commands.add(new BookExam(id, bookingId(index, 1), firstPackage(random, age), next, booked));
    if (random.nextInt(100) < 40) {
      commands.add(
          new BookExam(
              id,
              bookingId(index, 2),
              sex == Sex.FEMALE ? "women-health" : "men-health",
              clamp(next.plusDays(30 + random.nextInt(60))),
              booked.plus(10, ChronoUnit.MINUTES)));
    }
    return commands;
  }

  private AnswerQuestionnaire answer(
      Random random,
      int index,
      PatientId id,
      QuestionnaireDefinition questionnaire,
      int severity,
      LocalDate day,
      Instant at) {
    return new AnswerQuestionnaire(
        id,
        String.format("bm%d-%d-%s-%d", seed % 100, index, questionnaire.code(), day.getYear()),
        questionnaire.code(),
        null,
        Screeners.answers(random, questionnaire, severity),
        null,
        AnswerSource.API,
        at);
  }

  /** A result as the application keeps it: converted to the canonical unit, the original beside. */
  static ReportedValue value(LabPanel.Result result, Instant taken) {
    return new ReportedValue(
        result.loinc(),
        result.analyte().id(),
        result.analyte().nameZh(),
        result.analyte().convert(result.value(), result.unit()),
        result.analyte().canonicalUnit(),
        result.value(),
        result.unit(),
        null,
        null,
        null,
        null,
        false,
        null,
        taken,
        null,
        null);
  }

  private static String firstPackage(Random random, int age) {
    int r = random.nextInt(100);
    if (age >= 50) {
      return r < 50 ? "senior-care" : r < 80 ? "cardio-metabolic" : "annual-basic";
    }
    if (age >= 35) {
      return r < 40 ? "cardio-metabolic" : "annual-basic";
    }
    return "annual-basic";
  }

  private String bookingId(int index, int n) {
    return String.format("bm%d-%d-b%d", seed % 100, index, n);
  }

  /** A bookable day: at least a week ahead, well within the year ahead that booking allows. */
  private LocalDate clamp(LocalDate day) {
    LocalDate earliest = today.plusDays(7);
    LocalDate latest = today.plusDays(350);
    return day.isBefore(earliest) ? earliest : day.isAfter(latest) ? latest : day;
  }

  private static Instant at(LocalDate day, int hour, int minutes) {
    return day.atTime(hour, 0).plusMinutes(minutes).atZone(CHINA).toInstant();
  }
}
