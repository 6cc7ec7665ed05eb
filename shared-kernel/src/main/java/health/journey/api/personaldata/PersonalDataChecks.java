package health.journey.api.personaldata;

import health.journey.api.InvalidInput;

/**
 * Checks that personal data in a command belongs to the command's subject and is of the expected
 * kind.
 */
public final class PersonalDataChecks {

  private PersonalDataChecks() {}

  public static void check(
      PersonalData value, Object subject, PersonalDataKind kind, String field) {
    if (value == null) {
      return;
    }
    InvalidInput.require(
        value.subject().equals(subject.toString()), field, field + " must belong to " + subject);
    InvalidInput.require(value.kind() == kind, field, field + " must be " + kind);
  }
}
