package health.journey.api.patient;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enrol a person (客户开卡): open their member card, with the consents they give at enrolment. A
 * patient has one card; a card number belongs to one patient.
 */
public record OpenCard(
    @TargetAggregateIdentifier PatientId patientId,
    String cardNumber,
    CardTier tier,
    EnrolmentChannel channel,
    PersonalData name,
    PersonalData phone,
    PersonalData idNumber,
    Sex sex,
    LocalDate birthDate,
    LifecycleStage stage,
    List<ConsentGrant> consents,
    Instant occurredAt) {

  public OpenCard {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    cardNumber = CardNumber.require(cardNumber);
    tier = tier == null ? CardTier.STANDARD : tier;
    InvalidInput.require(channel != null, "channel", "channel is required");
    InvalidInput.require(name != null, "name", "name is required");
    PersonalDataChecks.check(name, patientId, PersonalDataKind.NAME, "name");
    PersonalDataChecks.check(phone, patientId, PersonalDataKind.PHONE, "phone");
    PersonalDataChecks.check(idNumber, patientId, PersonalDataKind.ID_NUMBER, "idNumber");
    occurredAt = BusinessTime.orNow(occurredAt);
    BusinessTime.pastDate(birthDate, "birthDate");
    // The ID number holds the birth date and sex: they must agree, and are taken from it when not
    // given. (Erased, an ID number no longer opens, and there is nothing to compare.)
    Optional<String> number = idNumber == null ? Optional.empty() : idNumber.reveal();
    if (number.isPresent()) {
      ResidentIdNumber resident =
          ResidentIdNumber.parse(number.get(), "idNumber", BusinessTime.today());
      InvalidInput.require(
          birthDate == null || birthDate.equals(resident.birthDate()),
          "birthDate",
          "birthDate does not match the birth date in idNumber");
      InvalidInput.require(
          sex == null || sex == Sex.UNKNOWN || sex == Sex.UNSPECIFIED || sex == resident.sex(),
          "sex",
          "sex does not match the sex in idNumber");
      birthDate = resident.birthDate();
      sex = sex == null ? resident.sex() : sex;
    }
    sex = sex == null ? Sex.UNKNOWN : sex;
    stage = stage == null ? LifecycleStage.PROSPECT : stage;
    consents = consents == null ? List.of() : List.copyOf(consents);
    InvalidInput.require(
        consents.stream().map(ConsentGrant::purpose).allMatch(new HashSet<>()::add),
        "consents",
        "consents names a purpose more than once");
  }
}
