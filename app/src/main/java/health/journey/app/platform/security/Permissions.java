package health.journey.app.platform.security;

import java.util.EnumMap;
import java.util.Map;

/**
 * The permission table (权限分级, 最小必要): which role sees which kind of data, in full or masked, and may
 * make which kind of change. It is the one place that decides: the GraphQL field guard, the masking
 * of personal data and every export read it. A role or kind missing here sees nothing.
 */
public final class Permissions {

  private static final AccessKind[] COLUMNS = {
    AccessKind.PUBLIC,
    AccessKind.RECORD,
    AccessKind.IDENTITY,
    AccessKind.ID_NUMBER,
    AccessKind.CLINICAL,
    AccessKind.FREE_TEXT,
    AccessKind.AUDIT,
    AccessKind.CHANGE,
    AccessKind.CATALOGUE,
    AccessKind.CONFIGURE
  };

  // spotless:off
  private static final String[] TABLE = {
    //                   PUBLIC RECORD IDENTITY ID_NUMBER CLINICAL FREE_TEXT AUDIT CHANGE CATALOGUE
    // CONFIGURE
    "HEALTH_MANAGER      FULL   FULL   FULL     MASKED    FULL     FULL      NONE  FULL   FULL      FULL",
    "DOCTOR              FULL   FULL   FULL     MASKED    FULL     FULL      NONE  FULL   FULL      FULL",
    "CUSTOMER_SERVICE    FULL   FULL   FULL     MASKED    NONE     MASKED    NONE  FULL   FULL      NONE",
    "OPERATIONS          FULL   FULL   MASKED   MASKED    NONE     MASKED    NONE  NONE   FULL      NONE",
    "COMPLIANCE_OFFICER  FULL   FULL   FULL     MASKED    FULL     FULL      FULL  NONE   FULL      NONE",
    "INTEGRATION         FULL   NONE   NONE     NONE      NONE     NONE      NONE  FULL   NONE      NONE",
    "ADMIN               FULL   NONE   NONE     NONE      NONE     NONE      NONE  NONE   NONE      NONE",
  };
  // spotless:on

  private static final Map<StaffRole, Map<AccessKind, Access>> ACCESS = parse();

  private Permissions() {}

  /** How much of {@code kind} {@code role} sees (NONE for no role). */
  public static Access of(StaffRole role, AccessKind kind) {
    if (role == null) {
      return Access.NONE;
    }
    return ACCESS.getOrDefault(role, Map.of()).getOrDefault(kind, Access.NONE);
  }

  private static Map<StaffRole, Map<AccessKind, Access>> parse() {
    Map<StaffRole, Map<AccessKind, Access>> table = new EnumMap<>(StaffRole.class);
    for (String line : TABLE) {
      String[] cells = line.trim().split("\\s+");
      if (cells.length != COLUMNS.length + 1) {
        throw new IllegalStateException("Permission table row has the wrong width: " + line);
      }
      Map<AccessKind, Access> row = new EnumMap<>(AccessKind.class);
      for (int i = 0; i < COLUMNS.length; i++) {
        row.put(COLUMNS[i], Access.valueOf(cells[i + 1]));
      }
      table.put(StaffRole.valueOf(cells[0]), row);
    }
    return table;
  }
}
