package health.journey.api.patient;

import health.journey.api.InvalidInput;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identifier systems by which other systems name a patient here (FHIR {@code
 * Identifier.system}), and what a linked identifier may be.
 */
public final class PatientIdentifiers {

  /** The patient's id in this system (a UUID). */
  public static final String PATIENT_ID = "urn:journey:patient-id";

  /** The patient's card number (就诊卡号). */
  public static final String CARD_NUMBER = "urn:journey:card-number";

  /**
   * A literal reference (FHIR's system for URIs): a sender's reference to its own patient record,
   * such as {@code https://lis.example.org/fhir/Patient/8812}, as other systems send it.
   */
  public static final String URI = "urn:ietf:rfc:3986";

  private static final Set<String> OWN = Set.of(PATIENT_ID, CARD_NUMBER);

  /** Eighteen characters that read as a resident ID number, or eleven digits as a mobile number. */
  private static final Pattern PERSONAL_NUMBER = Pattern.compile("\\d{17}[\\dXx]|1\\d{10}");

  private PatientIdentifiers() {}

  /** Checks a system for a link: any URI but the two this system gives itself. */
  public static String requireLinkableSystem(String system) {
    String checked = InvalidInput.requireName(system, "system", 256);
    InvalidInput.require(
        !OWN.contains(checked),
        "system",
        "the patient id and the card number are this system's own identifiers; they need no link");
    return checked;
  }

  /**
   * Checks a value for a link. Linked identifiers are kept in the clear to find the patient by, so
   * a resident ID number or a phone number is refused: those are personal data, kept sealed.
   */
  public static String requireLinkableValue(String value) {
    String checked = InvalidInput.requireName(value, "value", 256);
    InvalidInput.require(
        !PERSONAL_NUMBER.matcher(checked.replaceAll("[\\s-]", "")).matches(),
        "value",
        "a resident ID number or a phone number cannot be a linked identifier: link the source"
            + " system's own record number");
    return checked;
  }
}
