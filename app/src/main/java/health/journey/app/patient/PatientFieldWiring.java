package health.journey.app.patient;

import graphql.TrivialDataFetcher;
import health.journey.api.BusinessTime;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.PatientView;
import health.journey.app.platform.graphql.PlainFields;
import health.journey.app.platform.graphql.Viewer;
import health.journey.app.platform.security.Disclosure;
import health.journey.app.platform.security.StaffRole;
import java.time.Period;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Patient fields computed from what the parent already holds, as plain data fetchers: a list of
 * patients resolves them hundreds of times per request, and an annotated controller method costs
 * far more per call than the work it does. Personal data needs no wiring: the field guard shows it
 * as the caller's role allows.
 */
@Configuration(proxyBeanMethods = false)
class PatientFieldWiring {

  @Bean
  RuntimeWiringConfigurer patientFields() {
    return wiring ->
        wiring
            .type(
                "Patient",
                type ->
                    type.dataFetcher(
                            "id", PlainFields.of(PatientView.class, p -> p.id().toString()))
                        .dataFetcher(
                            "age",
                            (TrivialDataFetcher<Object>)
                                env -> age(env.getSource(), Viewer.role(env)))
                        .dataFetcher(
                            "eventCount", PlainFields.of(PatientView.class, p -> p.version() + 1)))
            .type(
                "BodyMeasurements",
                type ->
                    type.dataFetcher(
                        "bmi", PlainFields.of(BodyMeasurements.class, BodyMeasurements::bmi)));
  }

  /** Age from the birth date, for roles that may see the birth date. */
  private static Integer age(PatientView patient, StaffRole role) {
    return Disclosure.reveal(patient.birthDate(), role)
        .map(birth -> Period.between(birth, BusinessTime.today()).getYears())
        .orElse(null);
  }
}
