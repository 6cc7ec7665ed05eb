package health.journey.command;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.InvalidInput;
import health.journey.api.RuleCode;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/** What a refused command failed with: the business rule it broke, or the input field at fault. */
public final class Refusals {

  private Refusals() {}

  /** A {@link BusinessRuleViolation} under {@code rule}. */
  public static Matcher<BusinessRuleViolation> breaking(RuleCode rule) {
    return new CustomTypeSafeMatcher<>("a refusal under rule " + rule.name()) {
      @Override
      protected boolean matchesSafely(BusinessRuleViolation violation) {
        return violation.code() == rule;
      }
    };
  }

  /** An {@link InvalidInput} naming {@code field}. */
  public static Matcher<InvalidInput> invalid(String field) {
    return new CustomTypeSafeMatcher<>("invalid input in field " + field) {
      @Override
      protected boolean matchesSafely(InvalidInput invalid) {
        return field.equals(invalid.field());
      }
    };
  }
}
