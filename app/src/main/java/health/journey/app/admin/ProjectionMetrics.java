package health.journey.app.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The projections' health as metrics ({@code /actuator/metrics}, role ADMIN): events waiting in
 * each dead-letter queue, and whether a processor is in error (retrying a batch it could not
 * process).
 */
@Component
class ProjectionMetrics {

  private final EventProcessingConfiguration processing;
  private final MeterRegistry registry;

  ProjectionMetrics(EventProcessingConfiguration processing, MeterRegistry registry) {
    this.processing = processing;
    this.registry = registry;
  }

  /** Once the processors exist (they are started after the context is refreshed). */
  @EventListener(ApplicationReadyEvent.class)
  void register() {
    processing
        .eventProcessors()
        .forEach(
            (name, processor) -> {
              Gauge.builder(
                      "journey.projection.dead.letters",
                      processing,
                      p -> p.deadLetterQueue(name).map(q -> (double) q.size()).orElse(0.0))
                  .description("Events waiting in the processor's dead-letter queue")
                  .tag("group", name)
                  .register(registry);
              if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(
                        "journey.projection.in.error",
                        streaming,
                        p ->
                            p.processingStatus().values().stream()
                                    .anyMatch(EventTrackerStatus::isErrorState)
                                ? 1.0
                                : 0.0)
                    .description("1 while the processor retries a batch it could not process")
                    .tag("group", name)
                    .register(registry);
              }
            });
  }
}
