package health.journey.api.patient;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A mainland resident identity card number (居民身份证号码, GB 11643): 17 digits and an ISO 7064 MOD 11-2
 * check character. It carries the holder's birth date and sex, which must agree with what else is
 * given.
 */
public record ResidentIdNumber(String value, LocalDate birthDate, Sex sex) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final DateTimeFormatter BIRTH =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /** The number, checked, as personal data of the patient; fails naming {@code idNumber}. */
  public static PersonalData of(PatientId patient, String raw) {
    return PersonalData.of(
        patient.toString(),
        PersonalDataKind.ID_NUMBER,
        parse(raw, "idNumber", BusinessTime.today()).value());
  }

  /** Parses and checks an ID number given by a client, naming {@code field} in every error. */
  public static ResidentIdNumber parse(String raw, String field, LocalDate today) {
    String text = InvalidInput.requireText(raw, field, 32).replace(" ", "").toUpperCase();
    if (text.length() == 15 && text.chars().allMatch(Character::isDigit)) {
      throw new InvalidInput(
          field, field + " is an old 15-digit number: give the 18-digit resident ID number");
    }
    InvalidInput.require(
        text.matches("\\d{17}[\\dX]"),
        field,
        field + " must be 18 characters: 17 digits and a check digit (0-9 or X)");
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (text.charAt(i) - '0') * WEIGHTS[i];
    }
    InvalidInput.require(
        CHECK.charAt(sum % 11) == text.charAt(17),
        field,
        field + " has a wrong check digit: please check the number");
    LocalDate birth;
    try {
      birth = LocalDate.parse(text.substring(6, 14), BIRTH);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, field + " holds no valid birth date");
    }
    InvalidInput.require(
        !birth.isAfter(today) && birth.getYear() >= 1880,
        field,
        field + " holds an impossible birth date");
    Sex sex = (text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    return new ResidentIdNumber(text, birth, sex);
  }
}
