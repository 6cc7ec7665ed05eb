package health.journey.app.platform.messaging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Command handling around the API. {@link ClientRequests}, a command handler interceptor bean, is
 * registered on the command bus by Axon, after the bus's own transaction interceptor, so it runs
 * inside each command's transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration implements SchedulingConfigurer {

  private final ClientRequests clientRequests;
  private final MessagingProperties properties;

  MessagingConfiguration(ClientRequests clientRequests, MessagingProperties properties) {
    this.clientRequests = clientRequests;
    this.properties = properties;
  }

  /** Old client request ids are forgotten every {@code request-id-cleanup-interval}. */
  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    tasks.addFixedDelayTask(
        clientRequests::forgetOldRequests, properties.requestIdCleanupInterval());
  }
}
