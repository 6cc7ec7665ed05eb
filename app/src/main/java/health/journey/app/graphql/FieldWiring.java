package health.journey.app.graphql;

import graphql.schema.DataFetcher;
import health.journey.api.audit.AuditEntry;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordView;
import health.journey.api.patient.PatientView;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.timeline.TimelineEntryView;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fields that only read or show what their parent already holds, as plain data fetchers: a list of
 * patients resolves them hundreds of times per request, and an annotated controller method costs
 * far more per call than the work it does. Personal data is shown as the caller's role allows
 * ({@link Disclosure}).
 */
@Configuration(proxyBeanMethods = false)
class FieldWiring {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Bean
  RuntimeWiringConfigurer plainFields() {
    return wiring ->
        wiring
            .type(
                "Patient",
                type ->
                    type.dataFetcher("id", source(PatientView.class, p -> p.id().toString()))
                        .dataFetcher("name", shown(PatientView.class, PatientView::name))
                        .dataFetcher("phone", shown(PatientView.class, PatientView::phone))
                        .dataFetcher("idNumber", shown(PatientView.class, PatientView::idNumber))
                        .dataFetcher("age", source(PatientView.class, FieldWiring::age))
                        .dataFetcher("eventCount", source(PatientView.class, p -> p.version() + 1)))
            .type(
                "PatientTag",
                type ->
                    type.dataFetcher(
                        "reason",
                        shown(
                            PatientQueryController.PatientTag.class,
                            PatientQueryController.PatientTag::reason)))
            .type(
                "Consent",
                type ->
                    type.dataFetcher(
                        "withdrawalReason",
                        shown(
                            PatientQueryController.Consent.class,
                            PatientQueryController.Consent::withdrawalReason)))
            .type(
                "HealthRecord",
                type ->
                    type.dataFetcher(
                            "address", shown(HealthRecordView.class, HealthRecordView::address))
                        .dataFetcher(
                            "notes", shown(HealthRecordView.class, HealthRecordView::notes)))
            .type(
                "BodyMeasurements",
                type ->
                    type.dataFetcher("bmi", source(BodyMeasurements.class, BodyMeasurements::bmi)))
            .type(
                "TimelineEntry",
                type ->
                    type.dataFetcher(
                            "note", shown(TimelineEntryView.class, TimelineEntryView::note))
                        .dataFetcher(
                            "actor", source(TimelineEntryView.class, TimelineEntryView::actorId)))
            .type(
                "AuditEntry",
                type ->
                    type.dataFetcher("actor", source(AuditEntry.class, AuditEntry::actorId))
                        .dataFetcher("payload", source(AuditEntry.class, AuditEntry::payloadJson)));
  }

  private static <T> DataFetcher<Object> source(Class<T> type, Function<T, Object> field) {
    return env -> field.apply(type.cast(env.getSource()));
  }

  private static <T> DataFetcher<Object> shown(Class<T> type, Function<T, PersonalData> field) {
    return env ->
        Disclosure.show(
            field.apply(type.cast(env.getSource())),
            SecurityContextHolder.getContext().getAuthentication());
  }

  private static Integer age(PatientView patient) {
    LocalDate birth = patient.birthDate();
    return birth == null ? null : Period.between(birth, LocalDate.now(CHINA)).getYears();
  }
}
