package health.journey.command.patient;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wiring of the patient feature on the command side. Patients are cached between commands: a stale
 * copy (another instance changed the patient) fails on the event store's sequence check, is
 * evicted, and the command can be retried.
 */
@Configuration(proxyBeanMethods = false)
public class PatientConfiguration {

  static final String CACHE = "patientAggregateCache";

  @Bean(CACHE)
  Cache patientAggregateCache() {
    return new WeakReferenceCache();
  }

  @Bean
  CardNumberRegistry cardNumberRegistry(JdbcTemplate jdbc) {
    return new JdbcCardNumberRegistry(jdbc);
  }
}
