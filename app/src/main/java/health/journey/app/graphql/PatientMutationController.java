package health.journey.app.graphql;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.consent.GiveConsent;
import health.journey.api.consent.WithdrawConsent;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.ChangeLifecycleStage;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.OpenCard;
import health.journey.api.patient.PatientId;
import health.journey.api.patient.PhoneNumber;
import health.journey.api.patient.ResidentIdNumber;
import health.journey.api.patient.Sex;
import health.journey.api.patient.UpdateHealthRecord;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.tagging.ApplyTag;
import health.journey.api.tagging.RemoveTag;
import health.journey.app.graphql.Inputs.ChangeLifecycleStageInput;
import health.journey.app.graphql.Inputs.GiveConsentInput;
import health.journey.app.graphql.Inputs.OpenCardInput;
import health.journey.app.graphql.Inputs.TagInput;
import health.journey.app.graphql.Inputs.UpdateHealthRecordInput;
import health.journey.app.graphql.Inputs.WithdrawConsentInput;
import health.journey.app.messaging.Actor;
import health.journey.app.messaging.CommandSender;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The mutations: each validates its input into a command, sends it as the signed-in user, and
 * answers once the read model shows the change.
 */
@Controller
class PatientMutationController {

  private static final int MAX_NAME = 100;
  private static final int MAX_TEXT = 2000;

  private final CommandSender sender;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PatientMutationController(CommandSender sender) {
    this.sender = sender;
    this.clock = Clock.systemUTC();
  }

  @MutationMapping
  PatientPayload openCard(
      @Argument OpenCardInput input, DataFetchingEnvironment env, Authentication user) {
    Roles.require(user, Roles.WRITERS, "openCard");
    PatientId id = newPatientId(input);
    String subject = id.toString();
    LocalDate birthDate = input.birthDate();
    Sex sex = input.sex();
    PersonalData idNumber = null;
    if (input.idNumber() != null) {
      ResidentIdNumber resident =
          ResidentIdNumber.parse(input.idNumber(), "idNumber", LocalDate.now(clock));
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
      idNumber = PersonalData.of(subject, PersonalDataKind.ID_NUMBER, resident.value());
    }
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
            PersonalData.of(
                subject,
                PersonalDataKind.NAME,
                InvalidInput.requireText(input.name(), "name", MAX_NAME)),
            input.phone() == null
                ? null
                : PersonalData.of(
                    subject, PersonalDataKind.PHONE, PhoneNumber.normalize(input.phone(), "phone")),
            idNumber,
            sex,
            birthDate,
            input.stage(),
            consents,
            input.occurredAt());
    return send(user, command, subject, input.clientRequestId(), env);
  }

  @MutationMapping
  PatientPayload updateHealthRecord(
      @Argument UpdateHealthRecordInput input, DataFetchingEnvironment env, Authentication user) {
    Roles.require(user, Roles.WRITERS, "updateHealthRecord");
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    String subject = id.toString();
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
            text(subject, PersonalDataKind.ADDRESS, input.address(), "address", 300),
            input.medicalHistory(),
            input.familyHistory(),
            input.allergies(),
            input.medications(),
            lifestyle,
            measurements,
            text(subject, PersonalDataKind.FREE_TEXT, input.notes(), "notes", MAX_TEXT),
            input.occurredAt());
    return send(user, command, subject, input.clientRequestId(), env);
  }

  @MutationMapping
  PatientPayload giveConsent(
      @Argument GiveConsentInput input, DataFetchingEnvironment env, Authentication user) {
    Roles.require(user, Roles.WRITERS, "giveConsent");
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    GiveConsent command =
        new GiveConsent(
            id, input.purpose(), input.channel(), input.wordingVersion(), input.occurredAt());
    return send(user, command, id.toString(), input.clientRequestId(), env);
  }

  @MutationMapping
  PatientPayload withdrawConsent(
      @Argument WithdrawConsentInput input, DataFetchingEnvironment env, Authentication user) {
    Roles.require(user, Roles.WRITERS, "withdrawConsent");
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    WithdrawConsent command =
        new WithdrawConsent(
            id,
            input.purpose(),
            input.channel(),
            text(id.toString(), PersonalDataKind.FREE_TEXT, input.reason(), "reason", MAX_TEXT),
            input.occurredAt());
    return send(user, command, id.toString(), input.clientRequestId(), env);
  }

  @MutationMapping
  PatientPayload applyTag(
      @Argument TagInput input, DataFetchingEnvironment env, Authentication user) {
    Roles.require(user, Roles.WRITERS, "applyTag");
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    ApplyTag command =
        new ApplyTag(id, input.tag(), reason(id, input.reason()), input.occurredAt());
    return send(user, command, id.toString(), input.clientRequestId(), env);
  }

  @MutationMapping
  PatientPayload removeTag(
      @Argument TagInput input, DataFetchingEnvironment env, Authentication user) {
    Roles.require(user, Roles.WRITERS, "removeTag");
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    RemoveTag command =
        new RemoveTag(id, input.tag(), reason(id, input.reason()), input.occurredAt());
    return send(user, command, id.toString(), input.clientRequestId(), env);
  }

  @MutationMapping
  PatientPayload changeLifecycleStage(
      @Argument ChangeLifecycleStageInput input, DataFetchingEnvironment env, Authentication user) {
    Roles.require(user, Roles.WRITERS, "changeLifecycleStage");
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    ChangeLifecycleStage command =
        new ChangeLifecycleStage(id, input.stage(), reason(id, input.reason()), input.occurredAt());
    return send(user, command, id.toString(), input.clientRequestId(), env);
  }

  private PatientPayload send(
      Authentication user,
      Object command,
      String patientId,
      String clientRequestId,
      DataFetchingEnvironment env) {
    String requestId = InvalidInput.optionalText(clientRequestId, "clientRequestId", 100);
    Map<String, Object> input = new HashMap<>(env.getArgument("input"));
    input.remove("clientRequestId");
    CommandSender.Outcome outcome =
        sender.send(Actor.of(user), command, patientId, requestId, input);
    return new PatientPayload(outcome.aggregateId(), requestId, outcome.projected());
  }

  private static PersonalData reason(PatientId id, String reason) {
    return PersonalData.of(
        id.toString(),
        PersonalDataKind.FREE_TEXT,
        InvalidInput.requireText(reason, "reason", MAX_TEXT));
  }

  private static PersonalData text(
      String subject, PersonalDataKind kind, String value, String field, int maxLength) {
    return value == null
        ? null
        : PersonalData.of(subject, kind, InvalidInput.requireText(value, field, maxLength));
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
          InvalidInput.requireText(input.sourceSystem(), "sourceSystem", 64),
          InvalidInput.requireText(input.sourceId(), "sourceId", 128));
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
