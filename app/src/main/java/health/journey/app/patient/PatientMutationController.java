package health.journey.app.patient;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.BusinessRuleViolation;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.consent.ConsentReadModel;
import health.journey.api.patient.Address;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.ChangeLifecycleStage;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.LinkPatientIdentifier;
import health.journey.api.patient.OpenCard;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.patient.PatientRule;
import health.journey.api.patient.PersonName;
import health.journey.api.patient.PhoneNumber;
import health.journey.api.patient.ResidentIdNumber;
import health.journey.api.patient.UpdateHealthRecord;
import health.journey.api.personaldata.FreeText;
import health.journey.api.risk.RiskReadModel;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.patient.PatientInputs.ChangeLifecycleStageInput;
import health.journey.app.patient.PatientInputs.LinkPatientIdentifierInput;
import health.journey.app.patient.PatientInputs.OpenCardInput;
import health.journey.app.patient.PatientInputs.UpdateHealthRecordInput;
import health.journey.app.platform.graphql.PatientMutations;
import health.journey.app.platform.graphql.PatientPayload;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The patient feature's mutations: card opening, the health record and the lifecycle stage. Each
 * builds its command (which checks its content) and answers once the read models that show the
 * change have it.
 */
@Controller
class PatientMutationController {

  /** A new card shows in the summary, its enrolment consents, and the timeline. */
  private static final List<String> CARD_SHOWN_IN =
      List.of(
          PatientReadModel.PROCESSING_GROUP,
          ConsentReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  /** A health record feeds the rules and risk models: the answer waits for what they decide. */
  private static final List<String> RECORD_SHOWN_IN =
      List.of(
          TaggingRules.POLICY_GROUP,
          Advice.PROCESSING_GROUP,
          PatientReadModel.HEALTH_RECORD_PROCESSING_GROUP,
          PatientReadModel.PROCESSING_GROUP,
          TaggingReadModel.PROCESSING_GROUP,
          RiskReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  private static final List<String> STAGE_SHOWN_IN =
      List.of(PatientReadModel.PROCESSING_GROUP, TimelineReadModel.PROCESSING_GROUP);

  private final PatientMutations mutations;
  private final SecureRandom random = new SecureRandom();

  PatientMutationController(PatientMutations mutations) {
    this.mutations = mutations;
  }

  @MutationMapping
  PatientPayload openCard(@Argument OpenCardInput input, DataFetchingEnvironment env) {
    PatientId id = newPatientId(input);
    List<ConsentGrant> consents =
        input.consents() == null
            ? List.of()
            : input.consents().stream()
                .map(c -> new ConsentGrant(c.purpose(), c.channel(), c.wordingVersion()))
                .toList();
    OpenCard command =
        new OpenCard(
            id,
            input.cardNumber() == null ? newCardNumber() : input.cardNumber(),
            input.tier(),
            input.channel(),
            PersonName.of(id, input.name()),
            input.phone() == null ? null : PhoneNumber.of(id, input.phone()),
            input.idNumber() == null ? null : ResidentIdNumber.of(id, input.idNumber()),
            input.sex(),
            input.birthDate(),
            input.stage(),
            consents,
            input.occurredAt());
    try {
      return mutations.send(env, command, id, CARD_SHOWN_IN);
    } catch (BusinessRuleViolation opened) {
      // An import names its source record: sent again (a sync job run once more), it finds the
      // card it opened the first time, and says so instead of refusing.
      if (input.patientId() == null
          && input.sourceSystem() != null
          && opened.code() == PatientRule.CARD_ALREADY_OPENED) {
        return mutations.existing(env, id, CARD_SHOWN_IN);
      }
      throw opened;
    }
  }

  @MutationMapping
  PatientPayload updateHealthRecord(
      @Argument UpdateHealthRecordInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    Lifestyle lifestyle =
        input.lifestyle() == null
            ? null
            : Lifestyle.validated(
                input.lifestyle().smoking(),
                input.lifestyle().cigarettesPerDay(),
                input.lifestyle().drinking(),
                input.lifestyle().exerciseMinutesPerWeek(),
                input.lifestyle().sleepHoursPerNight());
    BodyMeasurements measurements =
        input.measurements() == null
            ? null
            : BodyMeasurements.validated(
                input.measurements().heightCm(),
                input.measurements().weightKg(),
                input.measurements().waistCm(),
                input.measurements().measuredOn());
    UpdateHealthRecord command =
        new UpdateHealthRecord(
            id,
            Address.optional(id, input.address()),
            input.medicalHistory(),
            input.familyHistory(),
            input.allergies(),
            input.medications(),
            lifestyle,
            measurements,
            FreeText.optional(id, input.notes(), "notes"),
            input.occurredAt());
    return mutations.send(env, command, id, RECORD_SHOWN_IN);
  }

  @MutationMapping
  PatientPayload changeLifecycleStage(
      @Argument ChangeLifecycleStageInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    ChangeLifecycleStage command =
        new ChangeLifecycleStage(
            id, input.stage(), FreeText.of(id, input.reason(), "reason"), input.occurredAt());
    return mutations.send(env, command, id, STAGE_SHOWN_IN);
  }

  @MutationMapping
  PatientPayload linkPatientIdentifier(
      @Argument LinkPatientIdentifierInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    return mutations.send(
        env,
        new LinkPatientIdentifier(id, input.system(), input.value(), input.occurredAt()),
        id,
        List.of(PatientReadModel.PROCESSING_GROUP));
  }

  private static PatientId newPatientId(OpenCardInput input) {
    boolean bySource = input.sourceSystem() != null || input.sourceId() != null;
    if (input.patientId() != null) {
      InvalidInput.require(
          !bySource, "patientId", "give either patientId or sourceSystem and sourceId, not both");
      return PatientId.parse(input.patientId(), "patientId");
    }
    if (bySource) {
      return PatientId.fromSource(
          InvalidInput.requireName(input.sourceSystem(), "sourceSystem", 64),
          InvalidInput.requireName(input.sourceId(), "sourceId", 128));
    }
    return PatientId.random();
  }

  /**
   * A generated card number: JC and ten digits. The registry refuses the rare number already handed
   * out.
   */
  private String newCardNumber() {
    return "JC" + String.format("%010d", Math.floorMod(random.nextLong(), 10_000_000_000L));
  }
}
