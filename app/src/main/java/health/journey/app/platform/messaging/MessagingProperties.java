package health.journey.app.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How commands are sent and answered ({@code journey.messaging}).
 *
 * @param consistencyTimeout how long a mutation waits for the read model to show its change before
 *     it answers anyway (with a PROJECTION_LAG error on the read part)
 * @param requestIdRetention how long client request ids are remembered for safe retries
 * @param requestIdCleanupInterval how often old request ids are forgotten
 */
@ConfigurationProperties("journey.messaging")
public record MessagingProperties(
    @DefaultValue("5s") Duration consistencyTimeout,
    @DefaultValue("7d") Duration requestIdRetention,
    @DefaultValue("1h") Duration requestIdCleanupInterval) {}
