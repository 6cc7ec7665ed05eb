package health.journey.app.messaging;

import health.journey.api.ActorType;
import health.journey.api.MetaDataKeys;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who acts: a signed-in user in their role, a rule, or the system. Travels as message metadata. */
public record Actor(ActorType type, String id, String role) {

  /** The signed-in user behind a request, acting in the role of their account. */
  public static Actor of(Authentication authentication) {
    String role =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring("ROLE_".length()))
            .findFirst()
            .orElse(null);
    return new Actor(ActorType.USER, authentication.getName(), role);
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
