package health.journey.command.questionnaire;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wiring of questionnaires on the command side. */
@Configuration(proxyBeanMethods = false)
public class QuestionnaireConfiguration {

  @Bean
  QuestionnaireVersions questionnaireVersions(JdbcTemplate jdbc) {
    return new JdbcQuestionnaireVersions(jdbc);
  }
}
