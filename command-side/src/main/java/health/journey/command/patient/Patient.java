package health.journey.command.patient;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.ActorType;
import health.journey.api.BusinessRuleViolation;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.booking.BookExam;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.ChangeLifecycleStage;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.LinkPatientIdentifier;
import health.journey.api.patient.OpenCard;
import health.journey.api.patient.PatientIdentifierLinked;
import health.journey.api.patient.PatientRule;
import health.journey.api.patient.Sex;
import health.journey.api.patient.UpdateHealthRecord;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.report.RecordExamReports;
import health.journey.api.report.ReportOutcome;
import health.journey.api.rules.EvaluateRules;
import health.journey.command.advice.AdviceBook;
import health.journey.command.advice.AdviceCatalogue;
import health.journey.command.booking.Bookings;
import health.journey.command.booking.ExamCatalogue;
import health.journey.command.consent.ConsentLedger;
import health.journey.command.questionnaire.AnsweredQuestionnaires;
import health.journey.command.report.ReportLedger;
import health.journey.command.risk.RiskRecord;
import health.journey.command.rules.PublishedTaggingRules;
import health.journey.command.rules.RuleDecisions;
import health.journey.command.rules.RuleFacts;
import health.journey.command.tagging.TagBook;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient's journey: one stream for everything that happens to or about the patient. The root
 * decides on the card, the health record and the lifecycle stage; each other feature decides in a
 * member of its own (consents, tags). Command handlers decide; event-sourcing handlers only record.
 * It keeps just what its decisions need (no personal data).
 */
@Aggregate(cache = PatientConfiguration.CACHE)
class Patient {

  @AggregateIdentifier private PatientId id;
  private String cardNumber;
  private LifecycleStage stage;
  @AggregateMember private final ConsentLedger consents = new ConsentLedger();
  @AggregateMember private final TagBook tags = new TagBook();

  @AggregateMember
  private final AnsweredQuestionnaires questionnaires = new AnsweredQuestionnaires();

  @AggregateMember private final Bookings bookings = new Bookings();
  @AggregateMember private final ReportLedger reports = new ReportLedger();
  @AggregateMember private final RuleFacts facts = new RuleFacts();
  @AggregateMember private final RuleDecisions decisions = new RuleDecisions();
  @AggregateMember private final RiskRecord risks = new RiskRecord();
  @AggregateMember private final AdviceBook advice = new AdviceBook();
  private boolean stageSetByPerson;
  private final Set<String> linked = new HashSet<>();
  private Sealed<Sex> sex;
  private Sealed<LocalDate> birthDate;

  Patient() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(OpenCard command, CardNumberRegistry cardNumbers) {
    if (cardNumber != null) {
      throw new BusinessRuleViolation(
          PatientRule.CARD_ALREADY_OPENED,
          "Patient " + id + " already has card " + cardNumber + "; a patient has one card");
    }
    cardNumbers.claim(command.cardNumber(), command.patientId());
    apply(
        new CardOpened(
            command.patientId(),
            command.cardNumber(),
            command.tier(),
            command.channel(),
            command.name(),
            command.phone(),
            command.idNumber(),
            Sealed.of(command.patientId(), PersonalDataKind.DEMOGRAPHIC, command.sex()),
            Sealed.ofNullable(
                command.patientId(), PersonalDataKind.DEMOGRAPHIC, command.birthDate()),
            command.stage(),
            command.occurredAt()));
    for (ConsentGrant grant : command.consents()) {
      apply(
          new ConsentGiven(
              command.patientId(),
              grant.purpose(),
              grant.channel(),
              grant.wordingVersion(),
              command.occurredAt()));
    }
  }

  @CommandHandler
  void handle(UpdateHealthRecord command) {
    apply(
        new HealthRecordUpdated(
            id,
            command.address(),
            health(command.medicalHistory()),
            health(command.familyHistory()),
            health(command.allergies()),
            health(command.medications()),
            health(command.lifestyle()),
            health(command.measurements()),
            command.notes(),
            command.occurredAt()));
  }

  /** A part of the health record, sealed with the patient's key (null: not given). */
  private <T> Sealed<T> health(T part) {
    return Sealed.ofNullable(id, PersonalDataKind.HEALTH, part);
  }

  @CommandHandler
  void handle(ChangeLifecycleStage command) {
    if (command.stage() == stage) {
      return;
    }
    if (command.stage() == LifecycleStage.PROSPECT) {
      throw new BusinessRuleViolation(
          PatientRule.STAGE_NOT_ALLOWED,
          "Patient "
              + id
              + " is in stage "
              + stage
              + "; a patient who has been seen cannot become a prospect again");
    }
    apply(
        new LifecycleStageChanged(
            id, stage, command.stage(), command.reason(), command.occurredAt()));
  }

  @CommandHandler
  void handle(LinkPatientIdentifier command, PatientIdentifierRegistry identifiers) {
    if (linked.contains(command.system() + "\u0000" + command.value())) {
      return;
    }
    identifiers.claim(command.system(), command.value(), id);
    apply(new PatientIdentifierLinked(id, command.system(), command.value(), command.occurredAt()));
  }

  /** Booking needs the patient's sex and age: the package must suit them. */
  @CommandHandler
  void handle(BookExam command, ExamCatalogue catalogue) {
    bookings.book(
        command,
        sex == null ? Optional.empty() : sex.reveal(),
        birthDate == null ? Optional.empty() : birthDate.reveal(),
        catalogue);
  }

  /** A report links to the booking it answers only when the booking is the patient's. */
  @CommandHandler
  List<ReportOutcome> handle(RecordExamReports command) {
    return reports.record(
        command,
        bookings::has,
        sex == null ? null : sex.reveal().orElse(null),
        birthDate == null ? null : birthDate.reveal().orElse(null));
  }

  /**
   * The automatic decisions on the patient's facts as they stand: the tagging rules, the risk
   * models, the advice the items' rules choose from the tags, and the lifecycle stage (unless a
   * person set it). Each acts under its own name; the same facts evaluated again change nothing.
   */
  @CommandHandler
  void handle(EvaluateRules command, PublishedTaggingRules rules, AdviceCatalogue adviceItems) {
    Sex knownSex = sex == null ? Sex.UNKNOWN : sex.reveal().orElse(Sex.UNKNOWN);
    LocalDate knownBirthDate = birthDate == null ? null : birthDate.reveal().orElse(null);
    decisions.evaluate(command, facts, knownSex, tags::has, rules);
    if (command.ruleCode() != null) {
      return;
    }
    for (RiskAssessments.Made made : RiskAssessments.assess(facts, knownSex, knownBirthDate)) {
      risks.record(
          id,
          made.model(),
          made.version(),
          made.assessment(),
          command.causeEventId(),
          command.occurredAt());
    }
    advice.select(
        id,
        command.causeEventId(),
        tag -> tags.has(tag) || decisions.hasTag(tag),
        adviceItems,
        command.occurredAt());
    lifecycle(command);
  }

  /** Tags that mark a chronic condition: a patient with one is followed as a revisit patient. */
  private static final List<String> CHRONIC =
      List.of("hypertension", "diabetic-range glucose", "dyslipidaemia");

  /**
   * 分层运营: prospect → first visit with the first exam or visit; first visit → revisit with a second
   * visit or a chronic condition. A stage a person set holds until a person changes it. The stage
   * moves as far as the facts take it (a first exam can show a chronic condition), so the same
   * facts evaluated again move it no further.
   */
  private void lifecycle(EvaluateRules command) {
    while (!stageSetByPerson && lifecycleStep(command)) {
      // each step moves the stage forward, and the last stage has no next
    }
  }

  /** Moves the stage one step when the facts say so; whether it moved. */
  private boolean lifecycleStep(EvaluateRules command) {
    LifecycleStage next = null;
    String why = null;
    if (stage == LifecycleStage.PROSPECT && facts.visits() >= 1) {
      next = LifecycleStage.FIRST_VISIT;
      why = "first exam or visit recorded";
    } else if (stage == LifecycleStage.FIRST_VISIT
        && (facts.visits() >= 2
            || CHRONIC.stream().anyMatch(t -> tags.has(t) || decisions.hasTag(t)))) {
      next = LifecycleStage.REVISIT;
      why = facts.visits() >= 2 ? "a second exam or visit recorded" : "a chronic condition tagged";
    }
    if (next == null) {
      return false;
    }
    apply(
        new LifecycleStageChanged(
            id,
            stage,
            next,
            PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, "rule:lifecycle@1: " + why),
            command.occurredAt()),
        MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.RULE.name())
            .and(MetaDataKeys.ACTOR_ID, "rule:lifecycle@1")
            .and(MetaDataKeys.ACTING_ROLE, ""));
    return true;
  }

  @EventSourcingHandler
  void on(CardOpened event) {
    id = event.patientId();
    cardNumber = event.cardNumber();
    stage = event.stage();
    sex = event.sex();
    birthDate = event.birthDate();
  }

  @EventSourcingHandler
  void on(PatientIdentifierLinked event) {
    linked.add(event.system() + "\u0000" + event.value());
  }

  @EventSourcingHandler
  void on(LifecycleStageChanged event, MetaData metaData) {
    stage = event.to();
    if (ActorType.USER.name().equals(metaData.get(MetaDataKeys.ACTOR_TYPE))) {
      stageSetByPerson = true;
    }
  }
}
