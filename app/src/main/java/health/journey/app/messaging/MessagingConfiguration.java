package health.journey.app.messaging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Command handling around the API. {@link ClientRequests}, a command handler interceptor bean, is
 * registered on the command bus by Axon, after the bus's own transaction interceptor, so it runs
 * inside each command's transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {}
