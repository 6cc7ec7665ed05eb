package health.journey.app.platform.messaging;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: waits until the projections have processed the event store up to a position.
 * Segments this instance works on are checked in memory; segments claimed by other instances
 * through their stored tokens, so the wait holds with several instances. The wait is bounded; the
 * caller decides what a timeout means.
 */
@Component
public class ProjectionConsistency {

  private static final long SEGMENT_REFRESH_NANOS = Duration.ofSeconds(5).toNanos();

  private final JdbcTemplate jdbc;
  private final EventProcessingConfiguration processing;
  private final TokenStore tokenStore;
  private final Serializer serializer;
  private final MessagingProperties properties;
  private final Map<String, Segments> segments = new ConcurrentHashMap<>();

  ProjectionConsistency(
      JdbcTemplate jdbc,
      EventProcessingConfiguration processing,
      TokenStore tokenStore,
      Serializer serializer,
      MessagingProperties properties) {
    this.jdbc = jdbc;
    this.processing = processing;
    this.tokenStore = tokenStore;
    this.serializer = serializer;
    this.properties = properties;
  }

  /** The global position of the aggregate's latest event, or -1 when it has none. */
  public long positionOf(String aggregateId) {
    return jdbc
        .query(
            "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber DESC LIMIT 1",
            (rs, n) -> rs.getLong(1),
            aggregateId)
        .stream()
        .findFirst()
        .orElse(-1L);
  }

  /**
   * Waits until each of {@code groups} has processed the aggregate's latest event; false on
   * timeout.
   */
  public boolean awaitAggregate(String aggregateId, List<String> groups) {
    long position = positionOf(aggregateId);
    return position < 0 || await(position, groups, properties.consistencyTimeout());
  }

  /**
   * Waits until each of {@code groups} has processed the event at {@code position}; false on
   * timeout.
   */
  public boolean await(long position, List<String> groups, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (String group : groups) {
      StreamingEventProcessor processor =
          processing
              .eventProcessor(group, StreamingEventProcessor.class)
              .orElseThrow(() -> new IllegalStateException("No streaming processor " + group));
      long pause = 100_000;
      while (!covers(processor, position)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        LockSupport.parkNanos(Math.min(pause, left));
        pause = Math.min(pause * 2, 2_000_000);
      }
    }
    return true;
  }

  /**
   * Where every segment of the processor stands, claimed here or not (-1 for a segment without a
   * position), so a segment no instance processes shows as behind.
   */
  public Map<Integer, Long> segmentPositions(StreamingEventProcessor processor) {
    Map<Integer, EventTrackerStatus> local = processor.processingStatus();
    Map<Integer, Long> positions = new java.util.TreeMap<>();
    for (int segment : segmentsOf(processor.getName(), local)) {
      EventTrackerStatus status = local.get(segment);
      TrackingToken token =
          status != null ? status.getTrackingToken() : storedToken(processor.getName(), segment);
      TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
      positions.put(segment, lower == null ? -1L : lower.position().orElse(-1L));
    }
    return positions;
  }

  private boolean covers(StreamingEventProcessor processor, long position) {
    Map<Integer, EventTrackerStatus> local = processor.processingStatus();
    int[] all = segmentsOf(processor.getName(), local);
    if (all.length == 0) {
      return false;
    }
    for (int segment : all) {
      EventTrackerStatus status = local.get(segment);
      TrackingToken token =
          status != null ? status.getTrackingToken() : storedToken(processor.getName(), segment);
      if (!covers(token, position)) {
        return false;
      }
    }
    return true;
  }

  static boolean covers(TrackingToken token, long position) {
    TrackingToken lower = WrappedToken.unwrapLowerBound(token);
    if (lower == null) {
      return false;
    }
    if (lower instanceof GapAwareTrackingToken gapAware) {
      return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
    }
    return lower.position().orElse(-1L) >= position;
  }

  private int[] segmentsOf(String processorName, Map<Integer, EventTrackerStatus> local) {
    long now = System.nanoTime();
    Segments known = segments.get(processorName);
    boolean stale =
        known == null
            || now - known.readAt() > SEGMENT_REFRESH_NANOS
            || !local.keySet().stream()
                .allMatch(s -> Arrays.stream(known.ids()).anyMatch(k -> k == s));
    if (stale) {
      int[] ids = tokenStore.fetchSegments(processorName);
      if (ids.length == 0) {
        ids = local.keySet().stream().mapToInt(Integer::intValue).toArray();
      }
      Segments fresh = new Segments(ids, now);
      segments.put(processorName, fresh);
      return fresh.ids();
    }
    return known.ids();
  }

  private TrackingToken storedToken(String processorName, int segment) {
    return jdbc
        .query(
            "SELECT token, tokentype FROM tokenentry WHERE processorname = ? AND segment = ?",
            (rs, n) -> {
              byte[] data = rs.getBytes(1);
              String type = rs.getString(2);
              return data == null
                  ? null
                  : (TrackingToken)
                      serializer.deserialize(
                          new SimpleSerializedObject<>(data, byte[].class, type, null));
            },
            processorName,
            segment)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private record Segments(int[] ids, long readAt) {}
}
