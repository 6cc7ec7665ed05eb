package health.journey.app.report;

import health.journey.api.indicator.IndicatorSeries;
import health.journey.api.report.ReportView;
import health.journey.app.platform.graphql.PlainFields;
import health.journey.app.platform.graphql.Viewer;
import health.journey.app.platform.security.Disclosure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Report and indicator fields read from what their parent holds. */
@Configuration(proxyBeanMethods = false)
class ReportFieldWiring {

  @Bean
  RuntimeWiringConfigurer reportFields() {
    return wiring ->
        wiring
            .type(
                "ExamReport",
                type ->
                    type.dataFetcher(
                        "title",
                        env ->
                            Disclosure.reveal(
                                    ((ReportView) env.getSource()).title(), Viewer.role(env))
                                .orElse(null)))
            .type(
                "IndicatorSeries",
                type ->
                    type.dataFetcher(
                            "min", PlainFields.of(IndicatorSeries.class, IndicatorSeries::min))
                        .dataFetcher(
                            "max", PlainFields.of(IndicatorSeries.class, IndicatorSeries::max))
                        .dataFetcher(
                            "direction",
                            PlainFields.of(IndicatorSeries.class, IndicatorSeries::direction))
                        .dataFetcher(
                            "yearOverYear",
                            PlainFields.of(IndicatorSeries.class, IndicatorSeries::yearOverYear)));
  }
}
