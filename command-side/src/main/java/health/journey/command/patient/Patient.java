package health.journey.command.patient;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentWithdrawn;
import health.journey.api.consent.GiveConsent;
import health.journey.api.consent.WithdrawConsent;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.ChangeLifecycleStage;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.OpenCard;
import health.journey.api.patient.PatientId;
import health.journey.api.patient.UpdateHealthRecord;
import health.journey.api.tagging.ApplyTag;
import health.journey.api.tagging.RemoveTag;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient's journey: their card, consents, tags and lifecycle stage. Command handlers decide;
 * event-sourcing handlers only record. It keeps just what its decisions need (no personal data).
 */
@Aggregate(cache = PatientConfiguration.CACHE)
class Patient {

  @AggregateIdentifier private PatientId id;
  private String cardNumber;
  private LifecycleStage stage;
  private final Map<ConsentPurpose, ConsentState> consents = new EnumMap<>(ConsentPurpose.class);
  private final Set<String> tags = new HashSet<>();

  Patient() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(OpenCard command, CardNumberRegistry cardNumbers) {
    if (cardNumber != null) {
      throw new BusinessRuleViolation(
          "CARD_ALREADY_OPENED",
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
            command.sex(),
            command.birthDate(),
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
            command.medicalHistory(),
            command.familyHistory(),
            command.allergies(),
            command.medications(),
            command.lifestyle(),
            command.measurements(),
            command.notes(),
            command.occurredAt()));
  }

  @CommandHandler
  void handle(ChangeLifecycleStage command) {
    if (command.stage() == stage) {
      return;
    }
    if (command.stage() == LifecycleStage.PROSPECT) {
      throw new BusinessRuleViolation(
          "STAGE_NOT_ALLOWED",
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

  /**
   * Giving consent again under the same wording changes nothing; under a new wording it is
   * recorded.
   */
  @CommandHandler
  void handle(GiveConsent command) {
    ConsentState current = consents.get(command.purpose());
    if (current != null
        && current.inForce()
        && current.wordingVersion().equals(command.wordingVersion())) {
      return;
    }
    apply(
        new ConsentGiven(
            id,
            command.purpose(),
            command.channel(),
            command.wordingVersion(),
            command.occurredAt()));
  }

  @CommandHandler
  void handle(WithdrawConsent command) {
    ConsentState current = consents.get(command.purpose());
    if (current == null) {
      throw new BusinessRuleViolation(
          "CONSENT_NOT_GIVEN",
          "Patient "
              + id
              + " never gave consent for "
              + command.purpose()
              + ", so there is none to withdraw");
    }
    if (!current.inForce()) {
      throw new BusinessRuleViolation(
          "CONSENT_ALREADY_WITHDRAWN",
          "Patient "
              + id
              + " already withdrew consent for "
              + command.purpose()
              + " at "
              + current.withdrawnAt());
    }
    apply(
        new ConsentWithdrawn(
            id, command.purpose(), command.channel(), command.reason(), command.occurredAt()));
  }

  /** Applying a tag the patient already has changes nothing. */
  @CommandHandler
  void handle(ApplyTag command) {
    if (tags.contains(command.tag())) {
      return;
    }
    apply(new TagApplied(id, command.tag(), command.reason(), command.occurredAt()));
  }

  @CommandHandler
  void handle(RemoveTag command) {
    if (!tags.contains(command.tag())) {
      throw new BusinessRuleViolation(
          "TAG_NOT_APPLIED", "Patient " + id + " has no tag '" + command.tag() + "' to remove");
    }
    apply(new TagRemoved(id, command.tag(), command.reason(), command.occurredAt()));
  }

  @EventSourcingHandler
  void on(CardOpened event) {
    id = event.patientId();
    cardNumber = event.cardNumber();
    stage = event.stage();
  }

  @EventSourcingHandler
  void on(LifecycleStageChanged event) {
    stage = event.to();
  }

  @EventSourcingHandler
  void on(ConsentGiven event) {
    consents.put(event.purpose(), new ConsentState(event.wordingVersion(), null));
  }

  @EventSourcingHandler
  void on(ConsentWithdrawn event) {
    ConsentState given = consents.get(event.purpose());
    consents.put(
        event.purpose(),
        new ConsentState(given == null ? null : given.wordingVersion(), event.occurredAt()));
  }

  @EventSourcingHandler
  void on(TagApplied event) {
    tags.add(event.tag());
  }

  @EventSourcingHandler
  void on(TagRemoved event) {
    tags.remove(event.tag());
  }

  /**
   * The consent for one purpose: the wording it was last given under, and when it was withdrawn, if
   * it was.
   */
  private record ConsentState(String wordingVersion, Instant withdrawnAt) {
    boolean inForce() {
      return withdrawnAt == null;
    }
  }
}
