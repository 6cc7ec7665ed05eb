package health.journey.app.platform.messaging;

import health.journey.api.ActorType;
import health.journey.api.MetaDataKeys;
import health.journey.app.platform.security.Staff;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/** Who acts: a signed-in user in their role, a rule, or the system. Travels as message metadata. */
public record Actor(ActorType type, String id, String role) {

  /** The system itself, acting on its own (e.g. publishing the standard questionnaires). */
  public static Actor system() {
    return new Actor(ActorType.SYSTEM, "system", null);
  }

  /** The signed-in member of staff behind a request, acting in their role. */
  public static Actor of(Staff staff) {
    return new Actor(
        ActorType.USER, staff.name(), staff.role() == null ? null : staff.role().name());
  }

  public MetaData metaData() {
    return MetaData.from(
        Map.of(
            MetaDataKeys.ACTOR_TYPE,
            type.name(),
            MetaDataKeys.ACTOR_ID,
            id,
            MetaDataKeys.ACTING_ROLE,
            role == null ? "" : role));
  }
}
