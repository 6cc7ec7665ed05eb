package health.journey.app.platform.axon;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Which projections are being rebuilt by a replay on this instance. A segment is replaying until it
 * has passed the position the replay was started at (Axon keeps a segment marked as replaying until
 * an event after that position arrives; a caught-up replay is over).
 */
@Component
public class Replays {

  private final EventProcessingConfiguration processing;

  Replays(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  /** The processing groups whose read models are being rebuilt now, so their data is partial. */
  public List<String> rebuilding() {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .filter(Replays::replaying)
        .map(StreamingEventProcessor::getName)
        .sorted()
        .toList();
  }

  /** Whether a segment of the processor is still replaying events from before its reset. */
  public static boolean replaying(StreamingEventProcessor processor) {
    return processor.processingStatus().values().stream().anyMatch(Replays::replaying);
  }

  /** Whether the segment is still replaying events from before its reset. */
  static boolean replaying(EventTrackerStatus status) {
    return status.isReplaying() && behindReset(status);
  }

  private static boolean behindReset(EventTrackerStatus status) {
    OptionalLong current = status.getCurrentPosition();
    OptionalLong reset = status.getResetPosition();
    return current.isEmpty() || reset.isEmpty() || current.getAsLong() < reset.getAsLong();
  }
}
