package health.journey.command.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wiring of the tagging rules on the command side. */
@Configuration(proxyBeanMethods = false)
public class RulesConfiguration {

  @Bean
  PublishedTaggingRules publishedTaggingRules(JdbcTemplate jdbc) {
    return new JdbcPublishedTaggingRules(jdbc);
  }
}
