package health.journey.command.rules;

import health.journey.api.BusinessTime;
import health.journey.api.booking.ExamAttended;
import health.journey.api.indicator.Indicators;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.SmokingStatus;
import health.journey.api.personaldata.Sealed;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.questionnaire.QuestionnaireScore;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.report.ReportContent;
import health.journey.api.report.ReportedValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;

/**
 * What the rules and risk models read of a patient, kept as the patient's stream tells it: the
 * latest value of each catalogue indicator (from reports and the health record's measurements), the
 * latest total of each questionnaire, the health record's smoking status, medications and
 * histories, and how many visits there were: the days of attended exams and of reports (a report of
 * an attended booking is that visit; the reports of one day are one visit). Each fact remembers its
 * time and the event it came from. Held by the patient aggregate as a member; kept small, since
 * patients stay cached.
 */
public final class RuleFacts {

  /** An indicator value in its canonical unit, with its time and source event. */
  public record Value(BigDecimal value, Instant effectiveAt, String eventId) {}

  /** A questionnaire total with its band, time and source event. */
  public record Total(int total, String bandCode, Instant answeredAt, String eventId) {}

  /** A part of the health record, as last given, with the event that gave it. */
  public record Words(List<String> words, String eventId) {}

  private final Map<String, Value> indicators = new HashMap<>();
  private final Map<String, Total> totals = new HashMap<>();
  private SmokingStatus smoking;
  private String smokingEventId;
  private Words medications;
  private Words medicalHistory;
  private Words familyHistory;
  private final Set<LocalDate> visitDays = new HashSet<>();
  private final Set<String> attendedBookings = new HashSet<>();
  private Instant lastVisit;

  public Optional<Value> indicator(String analyteId) {
    return Optional.ofNullable(indicators.get(analyteId));
  }

  public Optional<Total> total(String questionnaireCode) {
    return Optional.ofNullable(totals.get(questionnaireCode));
  }

  public Optional<SmokingStatus> smoking() {
    return Optional.ofNullable(smoking);
  }

  public String smokingEventId() {
    return smokingEventId;
  }

  public Optional<Words> medications() {
    return Optional.ofNullable(medications);
  }

  public Optional<Words> medicalHistory() {
    return Optional.ofNullable(medicalHistory);
  }

  public Optional<Words> familyHistory() {
    return Optional.ofNullable(familyHistory);
  }

  public int visits() {
    return visitDays.size();
  }

  public Optional<Instant> lastVisit() {
    return Optional.ofNullable(lastVisit);
  }

  @EventSourcingHandler
  void on(ExamReportRecorded event, @MessageIdentifier String eventId) {
    values(event.content(), eventId);
    if (event.bookingId() == null || !attendedBookings.contains(event.bookingId())) {
      visit(
          takenAt(event.content())
              .orElse(event.issuedAt() != null ? event.issuedAt() : event.occurredAt()));
    }
  }

  @EventSourcingHandler
  void on(ExamReportAmended event, @MessageIdentifier String eventId) {
    values(event.content(), eventId);
  }

  @EventSourcingHandler
  void on(ExamAttended event) {
    attendedBookings.add(event.bookingId());
    visit(event.occurredAt());
  }

  @EventSourcingHandler
  void on(QuestionnaireAnswered event, @MessageIdentifier String eventId) {
    event
        .score()
        .reveal()
        .filter(score -> score.total() != null)
        .ifPresent(
            (QuestionnaireScore score) -> {
              Total known = totals.get(event.code());
              if (known == null || !event.occurredAt().isBefore(known.answeredAt())) {
                totals.put(
                    event.code(),
                    new Total(score.total(), score.bandCode(), event.occurredAt(), eventId));
              }
            });
  }

  @EventSourcingHandler
  void on(HealthRecordUpdated event, @MessageIdentifier String eventId) {
    reveal(event.lifestyle())
        .map(Lifestyle::smoking)
        .ifPresent(
            status -> {
              smoking = status;
              smokingEventId = eventId;
            });
    reveal(event.medications()).ifPresent(list -> medications = new Words(list, eventId));
    reveal(event.medicalHistory()).ifPresent(list -> medicalHistory = new Words(list, eventId));
    reveal(event.familyHistory()).ifPresent(list -> familyHistory = new Words(list, eventId));
    reveal(event.measurements()).ifPresent(m -> measurements(m, event.occurredAt(), eventId));
  }

  private void measurements(BodyMeasurements m, Instant recordedAt, String eventId) {
    Instant at =
        m.measuredOn() == null
            ? recordedAt
            : m.measuredOn().atStartOfDay(BusinessTime.zone()).toInstant();
    put("BMI", m.bmi(), at, eventId);
    put("BODY_WEIGHT", m.weightKg(), at, eventId);
    put("BODY_HEIGHT", m.heightCm(), at, eventId);
    put("WAIST", m.waistCm(), at, eventId);
    put(
        "SYSTOLIC_BP",
        m.systolicMmHg() == null ? null : BigDecimal.valueOf(m.systolicMmHg()),
        at,
        eventId);
    put(
        "DIASTOLIC_BP",
        m.diastolicMmHg() == null ? null : BigDecimal.valueOf(m.diastolicMmHg()),
        at,
        eventId);
  }

  private void values(Sealed<ReportContent> content, String eventId) {
    content
        .reveal()
        .ifPresent(
            report -> {
              for (ReportedValue v : report.values()) {
                if (v.analyteId() != null && v.value() != null && v.effectiveAt() != null) {
                  put(v.analyteId(), v.value(), v.effectiveAt(), eventId);
                }
              }
            });
  }

  private void put(String analyteId, BigDecimal value, Instant at, String eventId) {
    if (value == null || at == null || Indicators.byId(analyteId).isEmpty()) {
      return;
    }
    Value known = indicators.get(analyteId);
    if (known == null || !at.isBefore(known.effectiveAt())) {
      indicators.put(analyteId, new Value(value, at, eventId));
    }
  }

  /** When the report's first result was taken: the day of the visit it reports on. */
  private static Optional<Instant> takenAt(Sealed<ReportContent> content) {
    return content
        .reveal()
        .flatMap(
            report ->
                report.values().stream()
                    .map(ReportedValue::effectiveAt)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()));
  }

  private void visit(Instant at) {
    if (at == null) {
      return;
    }
    visitDays.add(chinaDate(at));
    if (lastVisit == null || at.isAfter(lastVisit)) {
      lastVisit = at;
    }
  }

  private static <T> Optional<T> reveal(Sealed<T> sealed) {
    return sealed == null ? Optional.empty() : sealed.reveal();
  }

  /** The date of an instant in China, for ages. */
  static LocalDate chinaDate(Instant at) {
    return LocalDate.ofInstant(at, BusinessTime.zone());
  }
}
