package health.journey.command.consent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentRule;
import health.journey.api.consent.ConsentWithdrawn;
import health.journey.api.consent.GiveConsent;
import health.journey.api.consent.WithdrawConsent;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A patient's consents (知情同意), one per purpose: the part of the patient's stream that decides on
 * giving and withdrawing consent. Held by the patient aggregate as a member.
 */
public final class ConsentLedger {

  private final Map<ConsentPurpose, ConsentState> consents = new EnumMap<>(ConsentPurpose.class);

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
            command.patientId(),
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
          ConsentRule.CONSENT_NOT_GIVEN,
          "Patient "
              + command.patientId()
              + " never gave consent for "
              + command.purpose()
              + ", so there is none to withdraw");
    }
    if (!current.inForce()) {
      throw new BusinessRuleViolation(
          ConsentRule.CONSENT_ALREADY_WITHDRAWN,
          "Patient "
              + command.patientId()
              + " already withdrew consent for "
              + command.purpose()
              + " at "
              + current.withdrawnAt());
    }
    apply(
        new ConsentWithdrawn(
            command.patientId(),
            command.purpose(),
            command.channel(),
            command.reason(),
            command.occurredAt()));
  }

  /** Whether the patient's consent for {@code purpose} is in force now. */
  public boolean inForce(ConsentPurpose purpose) {
    ConsentState state = consents.get(purpose);
    return state != null && state.inForce();
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
