package health.journey.api.advice;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataChecks;
import health.journey.api.personaldata.PersonalDataKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Withdraw advice a patient was given, saying why. Advice a rule gave and a person withdrew is not
 * given again by the rule.
 */
public record WithdrawAdvice(
    @TargetAggregateIdentifier PatientId patientId,
    String itemCode,
    PersonalData reason,
    Instant occurredAt) {
  public WithdrawAdvice {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    itemCode = InvalidInput.requireName(itemCode, "itemCode", 64);
    PersonalDataChecks.check(reason, patientId, PersonalDataKind.FREE_TEXT, "reason");
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
