package health.journey.query.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches of events a projection could not commit (the database refused the batch, which the column
 * checks did not foresee). A batch is retried with the processor's backoff; once the same batch has
 * failed {@link #RETRIES_BEFORE_ISOLATING} times, it is processed again one event at a time, each
 * event's writes in a savepoint of their own, so that the event the database refuses is parked in
 * the dead-letter queue (with its patient's later events) and the rest of the segment goes on.
 * Failures are counted per processing group for the status endpoint and the metrics.
 */
public final class CommitFailures implements ErrorHandler {

  /** How often the same batch fails to commit before its events are written one at a time. */
  public static final int RETRIES_BEFORE_ISOLATING = 3;

  private static final Logger log = LoggerFactory.getLogger(CommitFailures.class);
  private static final CommitFailures INSTANCE = new CommitFailures();

  /** Failed attempts by the id of the first event of the failing batch. */
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

  private final Map<String, Long> failuresByGroup = new ConcurrentHashMap<>();

  private CommitFailures() {}

  public static CommitFailures instance() {
    return INSTANCE;
  }

  @Override
  public void handleError(ErrorContext context) throws Exception {
    List<? extends EventMessage<?>> failed = context.failedEvents();
    if (!failed.isEmpty()) {
      int attempt = attempts.merge(failed.get(0).getIdentifier(), 1, Integer::sum);
      failuresByGroup.merge(context.eventProcessor(), 1L, Long::sum);
      // Ids only: a database message may quote the values it refused.
      log.warn(
          "{} could not commit a batch of {} events starting with event {} (attempt {}): {}{}",
          context.eventProcessor(),
          failed.size(),
          failed.get(0).getIdentifier(),
          attempt,
          context.error().getClass().getSimpleName(),
          attempt >= RETRIES_BEFORE_ISOLATING
              ? "; next time its events are written one at a time"
              : "; it is retried");
    }
    throw context.error() instanceof Exception e ? e : new IllegalStateException(context.error());
  }

  /** How many batches of the group failed to commit since the application started. */
  public long failures(String group) {
    return failuresByGroup.getOrDefault(group, 0L);
  }

  /** Whether the batch beginning with these messages should be written one event at a time. */
  boolean isolate(List<? extends Message<?>> batch) {
    return !batch.isEmpty()
        && attempts.getOrDefault(batch.get(0).getIdentifier(), 0) >= RETRIES_BEFORE_ISOLATING;
  }

  /** The batch beginning with these messages committed: it needs no more care. */
  void committed(List<? extends Message<?>> batch) {
    if (!batch.isEmpty() && !attempts.isEmpty()) {
      attempts.remove(batch.get(0).getIdentifier());
    }
  }
}
