package health.journey.app.platform.personaldata;

import com.zaxxer.hikari.HikariDataSource;
import health.journey.api.personaldata.PersonalDataCipher;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Personal-data protection: the master key, the subject keys on a small pool of their own (so
 * creating a key never waits for a connection held by the command that needs it), and the cipher
 * the serializer and the read side use.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
class PersonalDataConfiguration {

  @Bean(destroyMethod = "close")
  JdbcSubjectKeys subjectKeys(
      DataSource dataSource, PersonalDataProperties properties, ApplicationEventPublisher events) {
    if (!(dataSource instanceof HikariDataSource main)) {
      throw new IllegalStateException("The application expects a Hikari connection pool");
    }
    HikariDataSource keys = new HikariDataSource();
    keys.setPoolName("subject-keys");
    keys.setJdbcUrl(main.getJdbcUrl());
    keys.setUsername(main.getUsername());
    keys.setPassword(main.getPassword());
    keys.setMaximumPoolSize(4);
    keys.setMinimumIdle(1);
    keys.setAutoCommit(true);
    return new JdbcSubjectKeys(keys, MasterKey.load(properties), properties.keyCacheSize(), events);
  }

  @Bean
  PersonalDataCipher personalDataCipher(JdbcSubjectKeys subjectKeys) {
    return new PersonalDataCipher(subjectKeys);
  }
}
