package health.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.personaldata.InMemorySubjectKeys;
import health.journey.api.personaldata.PersonalDataCipher;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {

  private final JsonMapper json =
      EventJson.configure(JsonMapper.builder(), new PersonalDataCipher(new InMemorySubjectKeys()))
          .build();

  @Test
  void aReplayTokenIsStoredAndReadBackWithTheTokensInside() {
    TrackingToken atReset = GapAwareTrackingToken.newInstance(42, List.of(40L));
    TrackingToken replay = ReplayToken.createReplayToken(atReset);
    String stored = json.writeValueAsString(replay);

    TrackingToken read = json.readValue(stored, ReplayToken.class);

    assertThat(read).isEqualTo(replay);
    assertThat(stored).contains("org.axonframework.eventhandling.GapAwareTrackingToken");
  }

  @Test
  void storedJsonCannotNameAnArbitraryClass() {
    String hostile =
        "{\"tokenAtReset\":{\"@class\":\"java.net.URL\",\"value\":\"http://example.com\"},"
            + "\"currentToken\":null,\"resetContext\":null}";
    assertThatThrownBy(() -> json.readValue(hostile, ReplayToken.class))
        .hasMessageContaining("java.net.URL");
  }
}
