package health.journey.api;

/**
 * A request names something the system does not know (a patient, a template, …). Each feature says
 * what is missing in its own words and code.
 */
public class NotFound extends RuntimeException {

  private final String code;

  public NotFound(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The machine-readable code, e.g. {@code PATIENT_NOT_FOUND}. */
  public String code() {
    return code;
  }
}
