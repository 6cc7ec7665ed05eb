package health.journey.app.graphql;

import health.journey.app.security.StaffRole;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may call what. Checked in code rather than with method-security expressions: an expression
 * evaluated for every field of every response cost about a sixth of the read path (see
 * docs/benchmarks.md).
 */
final class Roles {

  /** Everyone who works with patients; the ADMIN operator does not. */
  static final Set<StaffRole> STAFF =
      EnumSet.of(
          StaffRole.HEALTH_MANAGER,
          StaffRole.DOCTOR,
          StaffRole.CUSTOMER_SERVICE,
          StaffRole.OPERATIONS,
          StaffRole.COMPLIANCE_OFFICER);

  /** Who records what happens to patients. */
  static final Set<StaffRole> WRITERS =
      EnumSet.of(StaffRole.HEALTH_MANAGER, StaffRole.DOCTOR, StaffRole.CUSTOMER_SERVICE);

  static final Set<StaffRole> AUDITORS = EnumSet.of(StaffRole.COMPLIANCE_OFFICER);

  private Roles() {}

  static void require(Principal principal, Set<StaffRole> allowed, String what) {
    StaffRole role = Disclosure.roleOf(principal);
    if (role == null || !allowed.contains(role)) {
      throw new AccessDeniedException(what);
    }
  }
}
