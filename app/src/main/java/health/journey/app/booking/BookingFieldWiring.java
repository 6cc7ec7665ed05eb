package health.journey.app.booking;

import health.journey.api.booking.ExamPackageView;
import health.journey.app.platform.graphql.PlainFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Exam package fields read from the definition their parent holds. */
@Configuration(proxyBeanMethods = false)
class BookingFieldWiring {

  @Bean
  RuntimeWiringConfigurer bookingFields() {
    return wiring ->
        wiring.type(
            "ExamPackage",
            type ->
                type.dataFetcher(
                        "code", PlainFields.of(ExamPackageView.class, p -> p.definition().code()))
                    .dataFetcher(
                        "name", PlainFields.of(ExamPackageView.class, p -> p.definition().name()))
                    .dataFetcher(
                        "items", PlainFields.of(ExamPackageView.class, p -> p.definition().items()))
                    .dataFetcher(
                        "priceYuan",
                        PlainFields.of(ExamPackageView.class, p -> p.definition().priceYuan()))
                    .dataFetcher(
                        "sex", PlainFields.of(ExamPackageView.class, p -> p.definition().sex()))
                    .dataFetcher(
                        "minAge",
                        PlainFields.of(ExamPackageView.class, p -> p.definition().minAge()))
                    .dataFetcher(
                        "maxAge",
                        PlainFields.of(ExamPackageView.class, p -> p.definition().maxAge()))
                    .dataFetcher(
                        "dailyCapacity",
                        PlainFields.of(
                            ExamPackageView.class, p -> p.definition().dailyCapacity())));
  }
}
