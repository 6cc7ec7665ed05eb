package health.journey.api.patient;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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
    sex = sex == null ? Sex.UNKNOWN : sex;
    occurredAt = BusinessTime.orNow(occurredAt);
    BusinessTime.pastDate(birthDate, "birthDate");
    stage = stage == null ? LifecycleStage.PROSPECT : stage;
    consents = consents == null ? List.of() : List.copyOf(consents);
    InvalidInput.require(
        consents.stream().map(ConsentGrant::purpose).allMatch(new HashSet<>()::add),
        "consents",
        "consents names a purpose more than once");
  }
}
