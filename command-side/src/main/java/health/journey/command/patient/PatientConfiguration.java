package health.journey.command.patient;

import health.journey.command.BoundedCache;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
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

  /** Patients recently worked on, up to {@code journey.command.aggregate-cache-size} of them. */
  @Bean(CACHE)
  Cache patientAggregateCache(
      @Value("${journey.command.aggregate-cache-size:20000}") int aggregateCacheSize) {
    return new BoundedCache(aggregateCacheSize);
  }

  @Bean
  CardNumberRegistry cardNumberRegistry(JdbcTemplate jdbc) {
    return new JdbcCardNumberRegistry(jdbc);
  }
}
