package health.journey.api.patient;

import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;

/** A person's name as they give it: 1 to 100 characters, kept sealed. */
public final class PersonName {

  public static final int MAX_LENGTH = 100;

  private PersonName() {}

  public static PersonalData of(PatientId patient, String name) {
    return PersonalData.of(
        patient.toString(),
        PersonalDataKind.NAME,
        InvalidInput.requireName(name, "name", MAX_LENGTH));
  }
}
