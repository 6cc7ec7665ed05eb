package health.journey.app.graphql;

import health.journey.api.personaldata.PersonalData;
import health.journey.app.security.StaffRole;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Minimum necessary (最小必要): how much of a piece of personal data a role sees. Staff who care for or
 * contact the patient see identity and contact data in full; clinical free text only those who care
 * for the patient; ID numbers are always masked; operations sees masked data only. Erased data
 * reads {@code [erased]} for everyone.
 */
final class Disclosure {

  private static final Set<StaffRole> IDENTITY =
      EnumSet.of(
          StaffRole.HEALTH_MANAGER,
          StaffRole.DOCTOR,
          StaffRole.CUSTOMER_SERVICE,
          StaffRole.COMPLIANCE_OFFICER);
  private static final Set<StaffRole> CLINICAL =
      EnumSet.of(StaffRole.HEALTH_MANAGER, StaffRole.DOCTOR, StaffRole.COMPLIANCE_OFFICER);

  private Disclosure() {}

  static String show(PersonalData value, Principal principal) {
    if (value == null) {
      return null;
    }
    StaffRole role = roleOf(principal);
    boolean full =
        switch (value.kind()) {
          case NAME, PHONE, ADDRESS -> IDENTITY.contains(role);
          case FREE_TEXT -> CLINICAL.contains(role);
          case ID_NUMBER -> false;
        };
    return full ? value.reveal().orElse("[erased]") : value.masked();
  }

  static boolean seesClinicalData(Principal principal) {
    return CLINICAL.contains(roleOf(principal));
  }

  static StaffRole roleOf(Principal principal) {
    if (principal instanceof Authentication authentication) {
      return authentication.getAuthorities().stream()
          .map(a -> a.getAuthority())
          .filter(a -> a.startsWith("ROLE_"))
          .map(a -> a.substring("ROLE_".length()))
          .flatMap(
              name -> {
                try {
                  return java.util.stream.Stream.of(StaffRole.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                  return java.util.stream.Stream.empty();
                }
              })
          .findFirst()
          .orElse(null);
    }
    return null;
  }
}
