package health.journey.app.platform.security;

/** The roles staff act in; each request acts in the role of its user. */
public enum StaffRole {
  /** 健康管理师 / nurse: runs follow-ups and care plans; sees the full record. */
  HEALTH_MANAGER,
  /** 主治医生: reads reports and risk, decides interventions; sees the full record. */
  DOCTOR,
  /** 客服: opens cards, books exams, calls patients; sees contact data. */
  CUSTOMER_SERVICE,
  /** 运营: cohorts and campaigns; sees masked data only and changes nothing. */
  OPERATIONS,
  /** 合规: audits who did what, when and why; reads everything including the audit trail. */
  COMPLIANCE_OFFICER,
  /**
   * A sending system (an exam centre's LIS, a hospital interface): records exam reports and answers
   * over FHIR; sees no patient data.
   */
  INTEGRATION,
  /** Operates the system: replays projections, retries dead letters. Sees no patient data. */
  ADMIN;

  private static final String PREFIX = "ROLE_";

  public String authority() {
    return PREFIX + name();
  }

  /** The role an authority names ({@code ROLE_DOCTOR}), or null when it names none of ours. */
  static StaffRole ofAuthority(String authority) {
    if (authority == null || !authority.startsWith(PREFIX)) {
      return null;
    }
    try {
      return valueOf(authority.substring(PREFIX.length()));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
