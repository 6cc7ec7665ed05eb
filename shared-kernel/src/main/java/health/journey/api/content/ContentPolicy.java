package health.journey.api.content;

/**
 * The policy every text for patients passes (advice, messages): it carries no absolute or
 * guaranteed-cure claim. Refuses a text with a {@code BusinessRuleViolation} of code {@link
 * ContentRule#FORBIDDEN_HEALTH_CLAIM} that says which words and why.
 */
public interface ContentPolicy {

  /** Refuses {@code text} when it carries a forbidden claim. */
  void check(String text);
}
