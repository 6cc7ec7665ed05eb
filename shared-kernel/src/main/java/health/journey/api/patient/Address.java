package health.journey.api.patient;

import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;

/** A postal address as the patient gives it: up to 300 characters, kept sealed. */
public final class Address {

  public static final int MAX_LENGTH = 300;

  private Address() {}

  /** The address, checked, or null for null. */
  public static PersonalData optional(PatientId patient, String address) {
    return address == null
        ? null
        : PersonalData.of(
            patient.toString(),
            PersonalDataKind.ADDRESS,
            InvalidInput.requireName(address, "address", MAX_LENGTH));
  }
}
