package health.journey.app.admin;

import health.journey.app.platform.axon.Replays;
import health.journey.app.platform.messaging.ProjectionConsistency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operating the projections (role ADMIN): their progress, rebuilding one from the event store, and
 * the events that failed in them (the dead-letter queue), listed and retried. Nothing here shows
 * patient data.
 */
@RestController
@RequestMapping("/admin")
class ProcessorAdminController {

  private static final Logger log = LoggerFactory.getLogger(ProcessorAdminController.class);
  private static final int MAX_LISTED = 200;

  private final EventProcessingConfiguration processing;
  private final JdbcTemplate jdbc;
  private final ProjectionConsistency consistency;

  ProcessorAdminController(
      EventProcessingConfiguration processing,
      JdbcTemplate jdbc,
      ProjectionConsistency consistency) {
    this.processing = processing;
    this.jdbc = jdbc;
    this.consistency = consistency;
  }

  /**
   * One processor's progress: where each segment this instance holds stands, against the head of
   * the store.
   */
  record ProcessorStatus(
      String name,
      boolean running,
      boolean error,
      boolean replaying,
      Double replayProgress,
      long headPosition,
      long lowestPosition,
      boolean caughtUp,
      Map<Integer, Long> segmentPositions,
      long deadLetters) {}

  record DeadLetterView(
      String sequence, String eventType, String eventId, String cause, String enqueuedAt) {}

  @GetMapping("/processors")
  List<ProcessorStatus> processors() {
    long head = headPosition();
    List<ProcessorStatus> result = new ArrayList<>();
    processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .forEach(p -> result.add(status(p, head)));
    return result;
  }

  @GetMapping("/processors/{name}")
  ResponseEntity<ProcessorStatus> processor(@PathVariable String name) {
    return processing
        .eventProcessor(name, StreamingEventProcessor.class)
        .map(p -> ResponseEntity.ok(status(p, headPosition())))
        .orElse(ResponseEntity.notFound().build());
  }

  /**
   * Empties the processor's read model and rebuilds it from the first event. The processor keeps
   * answering reads from the model as it is rebuilt; follow progress with {@code GET
   * /admin/processors/{name}}. With several instances, every instance must release the processor's
   * segments (stop it there) first.
   */
  @PostMapping("/processors/{name}/replay")
  ResponseEntity<ProcessorStatus> replay(@PathVariable String name) {
    StreamingEventProcessor processor =
        processing.eventProcessor(name, StreamingEventProcessor.class).orElse(null);
    if (processor == null) {
      return ResponseEntity.notFound().build();
    }
    if (!processor.supportsReset()) {
      return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
    log.info("Replaying processor {} from the first event", name);
    processor.shutDown();
    processor.resetTokens();
    processor.start();
    return ResponseEntity.accepted().body(status(processor, headPosition()));
  }

  @GetMapping("/dead-letters/{group}")
  ResponseEntity<List<DeadLetterView>> deadLetters(@PathVariable String group) {
    SequencedDeadLetterQueue<EventMessage<?>> queue =
        processing.deadLetterQueue(group).orElse(null);
    if (queue == null) {
      return ResponseEntity.notFound().build();
    }
    List<DeadLetterView> letters = new ArrayList<>();
    for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
      for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
        if (letters.size() >= MAX_LISTED) {
          return ResponseEntity.ok(letters);
        }
        EventMessage<?> message = letter.message();
        letters.add(
            new DeadLetterView(
                message instanceof DomainEventMessage<?> domain
                    ? domain.getAggregateIdentifier()
                    : message.getIdentifier(),
                message.getPayloadType().getSimpleName(),
                message.getIdentifier(),
                letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                letter.enqueuedAt().toString()));
      }
    }
    return ResponseEntity.ok(letters);
  }

  /**
   * Retries every dead-lettered sequence of the group once; answers how many sequences now went
   * through.
   */
  @PostMapping("/dead-letters/{group}/retry")
  ResponseEntity<Map<String, Object>> retry(@PathVariable String group) {
    SequencedDeadLetterProcessor<EventMessage<?>> letters =
        processing.sequencedDeadLetterProcessor(group).orElse(null);
    SequencedDeadLetterQueue<EventMessage<?>> queue =
        processing.deadLetterQueue(group).orElse(null);
    if (letters == null || queue == null) {
      return ResponseEntity.notFound().build();
    }
    long sequences = queue.amountOfSequences();
    int succeeded = 0;
    for (long i = 0; i < sequences; i++) {
      if (letters.processAny()) {
        succeeded++;
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("retriedSequences", sequences);
    result.put("succeeded", succeeded);
    result.put("remaining", queue.amountOfSequences());
    return ResponseEntity.ok(result);
  }

  private ProcessorStatus status(StreamingEventProcessor processor, long head) {
    Map<Integer, Long> positions = new TreeMap<>(consistency.segmentPositions(processor));
    boolean error = false;
    for (EventTrackerStatus s : processor.processingStatus().values()) {
      error |= s.isErrorState();
    }
    boolean replaying = Replays.replaying(processor);
    long lowest = positions.values().stream().mapToLong(Long::longValue).min().orElse(-1L);
    long deadLetters =
        processing.deadLetterQueue(processor.getName()).map(q -> q.size()).orElse(0L);
    return new ProcessorStatus(
        processor.getName(),
        processor.isRunning(),
        error,
        replaying,
        replaying ? Math.min(1.0, Math.max(0, lowest) / (double) Math.max(1, head)) : null,
        head,
        lowest,
        !positions.isEmpty() && lowest >= head,
        positions,
        deadLetters);
  }

  private long headPosition() {
    Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    return head == null ? 0 : head;
  }
}
