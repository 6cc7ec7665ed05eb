package health.journey.command.patient;

import health.journey.command.common.BoundedCache;
import org.axonframework.common.caching.Cache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wiring of the patient stream on the command side. Patients are cached between commands: a stale
 * copy (another instance changed the patient) fails on the event store's sequence check, is
 * evicted, and the command can be retried.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandProperties.class)
public class PatientConfiguration {

  static final String CACHE = "patientAggregateCache";

  /** Patients recently worked on, up to {@code journey.command.aggregate-cache-size} of them. */
  @Bean(CACHE)
  Cache patientAggregateCache(CommandProperties properties) {
    return new BoundedCache(properties.aggregateCacheSize());
  }

  @Bean
  CardNumberRegistry cardNumberRegistry(JdbcTemplate jdbc) {
    return new JdbcCardNumberRegistry(jdbc);
  }

  /** Both the registry of linked identifiers and the directory that finds patients by them. */
  @Bean
  JdbcPatientIdentifiers patientIdentifiers(JdbcTemplate jdbc) {
    return new JdbcPatientIdentifiers(jdbc);
  }
}
