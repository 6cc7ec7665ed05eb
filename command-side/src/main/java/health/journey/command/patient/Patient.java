package health.journey.command.patient;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
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
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.report.RecordExamReports;
import health.journey.api.report.ReportOutcome;
import health.journey.command.booking.Bookings;
import health.journey.command.booking.ExamCatalogue;
import health.journey.command.consent.ConsentLedger;
import health.journey.command.questionnaire.AnsweredQuestionnaires;
import health.journey.command.report.ReportLedger;
import health.journey.command.tagging.TagBook;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
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
  void on(LifecycleStageChanged event) {
    stage = event.to();
  }
}
