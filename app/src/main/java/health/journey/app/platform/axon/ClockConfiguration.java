package health.journey.app.platform.axon;

import health.journey.api.BusinessTime;
import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the system: business times of commands, the timestamps Axon gives events, and
 * everything that waits for a time read it. A test gives a clock of its own (a bean named {@code
 * clock}) to move time without sleeping.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Hands the clock to the places that cannot take it as a bean. */
  @Bean
  ClockInUse clockInUse(Clock clock) {
    BusinessTime.useClock(clock);
    GenericEventMessage.clock = clock;
    return new ClockInUse(clock);
  }

  /** The clock the system runs on, once it has been handed to the event timestamps. */
  public record ClockInUse(Clock clock) {}
}
