package health.journey.app.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/**
 * A segment is replaying while it is behind the position its replay started at; once it has caught
 * up, the replay is over, even before a newer event arrives (Axon keeps the segment marked as
 * replaying until then).
 */
class ReplaysTest {

  @Test
  void aSegmentBehindItsResetPositionIsReplaying() {
    assertThat(Replays.replaying(replayAt(40, 100))).isTrue();
  }

  @Test
  void aSegmentThatReachedItsResetPositionIsNot() {
    assertThat(Replays.replaying(replayAt(100, 100))).isFalse();
  }

  @Test
  void aSegmentThatWasNeverResetIsNot() {
    assertThat(Replays.replaying(new Status(new GlobalSequenceTrackingToken(7)))).isFalse();
  }

  private static EventTrackerStatus replayAt(long current, long reset) {
    return new Status(
        ReplayToken.createReplayToken(
            new GlobalSequenceTrackingToken(reset), new GlobalSequenceTrackingToken(current)));
  }

  /** A segment's status as a tracking processor reports it, from its token. */
  private record Status(TrackingToken token) implements EventTrackerStatus {
    @Override
    public Segment getSegment() {
      return Segment.ROOT_SEGMENT;
    }

    @Override
    public boolean isCaughtUp() {
      return false;
    }

    @Override
    public boolean isReplaying() {
      return ReplayToken.isReplay(token);
    }

    @Override
    public boolean isMerging() {
      return false;
    }

    @Override
    public OptionalLong mergeCompletedPosition() {
      return OptionalLong.empty();
    }

    @Override
    public TrackingToken getTrackingToken() {
      return token;
    }

    @Override
    public boolean isErrorState() {
      return false;
    }

    @Override
    public Throwable getError() {
      return null;
    }

    @Override
    public OptionalLong getCurrentPosition() {
      return token.position();
    }

    @Override
    public OptionalLong getResetPosition() {
      return ReplayToken.getTokenAtReset(token);
    }
  }
}
