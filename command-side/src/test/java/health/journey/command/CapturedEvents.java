package health.journey.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

/**
 * Keeps the events a command applied so a test can open what they hold (sealed answers, scores,
 * report contents) and assert on it; it accepts any list, the assertions come after.
 */
public final class CapturedEvents extends BaseMatcher<List<EventMessage<?>>> {

  private final List<EventMessage<?>> messages = new ArrayList<>();

  @Override
  public boolean matches(Object actual) {
    messages.clear();
    for (Object message : (List<?>) actual) {
      messages.add((EventMessage<?>) message);
    }
    return true;
  }

  @Override
  public void describeTo(Description description) {
    description.appendText("any events (captured)");
  }

  public List<Object> all() {
    return messages.stream().<Object>map(EventMessage::getPayload).toList();
  }

  public <T> List<T> of(Class<T> type) {
    return all().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The one event of {@code type} the command applied. */
  public <T> T single(Class<T> type) {
    List<T> found = of(type);
    assertThat(found).as("events of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  /** The metadata of the applied event whose payload is {@code payload} (the same instance). */
  public MetaData metaDataOf(Object payload) {
    return messages.stream()
        .filter(m -> m.getPayload() == payload)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no captured event " + payload))
        .getMetaData();
  }
}
