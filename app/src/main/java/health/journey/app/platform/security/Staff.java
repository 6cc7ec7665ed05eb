package health.journey.app.platform.security;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A signed-in member of staff: the user name and the one role they act in. Made once, when they
 * sign in; everything after reads the role from here.
 */
public record Staff(String name, StaffRole role) implements Principal {

  @Override
  public String getName() {
    return name;
  }

  /**
   * The staff member behind an authentication: its principal when it is one, otherwise its name and
   * the first role among its authorities (null when it has none of ours).
   */
  public static Staff of(Authentication authentication) {
    if (authentication == null) {
      return null;
    }
    if (authentication.getPrincipal() instanceof Staff staff) {
      return staff;
    }
    StaffRole role =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(StaffRole::ofAuthority)
            .filter(r -> r != null)
            .findFirst()
            .orElse(null);
    return new Staff(authentication.getName(), role);
  }
}
