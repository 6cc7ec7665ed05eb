package health.journey.app.platform.security;

import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import java.util.Optional;

/**
 * Minimum necessary (最小必要): personal data as a role may see it, by the permission table. The only
 * place in the application that opens a sealed value for display. Erased data reads {@code
 * [erased]} for everyone.
 */
public final class Disclosure {

  private static final String ERASED = "[erased]";

  private Disclosure() {}

  /** The value in full when the role sees its kind in full, masked otherwise. */
  public static String show(PersonalData value, StaffRole role) {
    if (value == null) {
      return null;
    }
    if (fullyShown(value, role)) {
      return value.reveal().orElse(ERASED);
    }
    return value.masked();
  }

  /** The value in full, when the role sees its kind in full and it was not erased. */
  public static Optional<String> reveal(PersonalData value, StaffRole role) {
    if (value == null || !fullyShown(value, role)) {
      return Optional.empty();
    }
    return value.reveal();
  }

  /** A sealed fact (a date, a list, a record) when the role sees its kind in full; else null. */
  public static Object show(Sealed<?> value, StaffRole role) {
    return reveal(value, role).orElse(null);
  }

  /** A sealed fact, when the role sees its kind in full and it was not erased. */
  public static <T> Optional<T> reveal(Sealed<T> value, StaffRole role) {
    if (value == null || !fullyShown(value.kind(), role)) {
      return Optional.empty();
    }
    return value.reveal();
  }

  /**
   * An answer kept when it was first given (sealed), to give the same caller again: it holds only
   * what the caller's role saw then. Empty once the patient's personal data was erased.
   */
  public static Optional<String> answerGivenBefore(PersonalData answer) {
    return answer.reveal();
  }

  private static boolean fullyShown(PersonalData value, StaffRole role) {
    return fullyShown(value.kind(), role);
  }

  private static boolean fullyShown(PersonalDataKind kind, StaffRole role) {
    return Permissions.of(role, AccessKind.of(kind)) == Access.FULL;
  }
}
