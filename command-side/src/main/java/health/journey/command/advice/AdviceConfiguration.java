package health.journey.command.advice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wiring of advice on the command side. */
@Configuration(proxyBeanMethods = false)
public class AdviceConfiguration {

  @Bean
  AdviceCatalogue adviceCatalogue(JdbcTemplate jdbc) {
    return new JdbcAdviceCatalogue(jdbc);
  }
}
