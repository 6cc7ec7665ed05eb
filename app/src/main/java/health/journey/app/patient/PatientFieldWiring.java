package health.journey.app.patient;

import health.journey.api.BusinessTime;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.PatientView;
import java.time.LocalDate;
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
                    type.dataFetcher("id", env -> ((PatientView) env.getSource()).id().toString())
                        .dataFetcher("age", env -> age(env.getSource()))
                        .dataFetcher(
                            "eventCount", env -> ((PatientView) env.getSource()).version() + 1))
            .type(
                "BodyMeasurements",
                type -> type.dataFetcher("bmi", env -> ((BodyMeasurements) env.getSource()).bmi()));
  }

  private static Integer age(PatientView patient) {
    LocalDate birth = patient.birthDate();
    return birth == null ? null : Period.between(birth, BusinessTime.today()).getYears();
  }
}
