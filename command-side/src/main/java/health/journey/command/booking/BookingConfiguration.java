package health.journey.command.booking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wiring of exam booking on the command side. */
@Configuration(proxyBeanMethods = false)
public class BookingConfiguration {

  @Bean
  ExamCatalogue examCatalogue(JdbcTemplate jdbc) {
    return new JdbcExamCatalogue(jdbc);
  }
}
