package health.journey.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

/**
 * Keeps the events a command applied so a test can open what they hold (sealed answers, scores,
 * report contents) and assert on it; it accepts any list, the assertions come after.
 */
public final class CapturedEvents extends BaseMatcher<List<EventMessage<?>>> {

  private final List<Object> payloads = new ArrayList<>();

  @Override
  public boolean matches(Object actual) {
    payloads.clear();
    for (Object message : (List<?>) actual) {
      payloads.add(((EventMessage<?>) message).getPayload());
    }
    return true;
  }

  @Override
  public void describeTo(Description description) {
    description.appendText("any events (captured)");
  }

  public List<Object> all() {
    return List.copyOf(payloads);
  }

  public <T> List<T> of(Class<T> type) {
    return payloads.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The one event of {@code type} the command applied. */
  public <T> T single(Class<T> type) {
    List<T> found = of(type);
    assertThat(found).as("events of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }
}
