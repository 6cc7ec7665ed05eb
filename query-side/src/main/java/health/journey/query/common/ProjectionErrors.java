package health.journey.query.common;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a projection does with a batch it cannot commit: it retries with the processor's backoff,
 * and after a few attempts writes the batch one event at a time so that the event the database
 * refuses is parked in the dead-letter queue and the segment goes on ({@link CommitFailures}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionErrors {

  @Bean
  ConfigurerModule commitFailuresHandled() {
    return configurer ->
        configurer.eventProcessing().registerDefaultErrorHandler(c -> CommitFailures.instance());
  }
}
