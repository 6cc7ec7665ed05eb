package health.journey.api;

/**
 * A request that breaks a business rule. It is refused and nothing is stored. The {@link #code()}
 * is stable and machine-readable; the message says what was wrong in words a person can act on.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final RuleCode code;

  public BusinessRuleViolation(RuleCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public RuleCode code() {
    return code;
  }
}
