package health.journey.api.patient;

import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import java.util.regex.Pattern;

/**
 * Phone numbers as patients give them: a mainland mobile (13812345678, optionally +86), a landline
 * with area code (010-12345678), or an international number in E.164 form (+85291234567). Stored
 * normalised, without separators.
 */
public final class PhoneNumber {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

  private PhoneNumber() {}

  /** The phone number, checked and normalised, as personal data of the patient. */
  public static PersonalData of(PatientId patient, String raw) {
    return PersonalData.of(patient.toString(), PersonalDataKind.PHONE, normalize(raw, "phone"));
  }

  public static String normalize(String raw, String field) {
    String text = InvalidInput.requireText(raw, field, 32);
    String compact = text.replaceAll("[\\s\\-()]", "");
    if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    } else if (compact.startsWith("0086")) {
      compact = compact.substring(4);
    }
    if (MOBILE.matcher(compact).matches()
        || LANDLINE.matcher(compact).matches()
        || (E164.matcher(compact).matches() && !compact.startsWith("+86"))) {
      return compact;
    }
    throw new InvalidInput(
        field,
        field
            + " is not a phone number: give a mainland mobile (11 digits starting 13-19), a landline with"
            + " its area code, or an international number starting with +");
  }
}
