package health.journey.command.advice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.ActorType;
import health.journey.api.BusinessRuleViolation;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.advice.AdviceGiven;
import health.journey.api.advice.AdviceRule;
import health.journey.api.advice.AdviceWithdrawn;
import health.journey.api.advice.GiveAdvice;
import health.journey.api.advice.WithdrawAdvice;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

/**
 * A patient's advice: given by hand, or by an item's rule while the patient has a tag the item is
 * given for (and withdrawn by it when the patient no longer has one, or the item is retired).
 * Advice a person withdrew is not given again by the rule; advice a person gave is never withdrawn
 * by it. Held by the patient aggregate as a member.
 */
public final class AdviceBook {

  private record Given(int version, boolean byRule) {}

  private final Map<String, Given> given = new HashMap<>();
  private final Set<String> withdrawnByPerson = new HashSet<>();

  @CommandHandler
  void handle(GiveAdvice command, AdviceCatalogue catalogue) {
    AdviceCatalogue.Version item =
        catalogue
            .latest(command.itemCode())
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        AdviceRule.ADVICE_NOT_OFFERED,
                        "Advice item " + command.itemCode() + " is not on offer"));
    Given now = given.get(item.code());
    if (now != null && !now.byRule() && now.version() == item.version()) {
      return;
    }
    apply(
        new AdviceGiven(
            command.patientId(),
            item.code(),
            item.version(),
            item.definition().category(),
            null,
            null,
            command.occurredAt()));
  }

  @CommandHandler
  void handle(WithdrawAdvice command) {
    Given now = given.get(command.itemCode());
    if (now == null) {
      throw new BusinessRuleViolation(
          AdviceRule.ADVICE_NOT_GIVEN,
          "Patient " + command.patientId() + " was not given advice " + command.itemCode());
    }
    apply(
        new AdviceWithdrawn(
            command.patientId(),
            command.itemCode(),
            now.version(),
            command.reason(),
            command.occurredAt()));
  }

  /**
   * Gives or withdraws the advice the items' rules choose from the patient's tags, acting as each
   * item's rule version.
   */
  public void select(
      PatientId patient,
      String causeEventId,
      Predicate<String> hasTag,
      AdviceCatalogue catalogue,
      Instant occurredAt) {
    List<AdviceCatalogue.Version> inForce = catalogue.inForce();
    Map<String, AdviceCatalogue.Version> byCode =
        inForce.stream().collect(Collectors.toMap(AdviceCatalogue.Version::code, v -> v));
    for (AdviceCatalogue.Version item : inForce) {
      String forTag = item.definition().forTags().stream().filter(hasTag).findFirst().orElse(null);
      Given now = given.get(item.code());
      if (forTag != null) {
        boolean due =
            !withdrawnByPerson.contains(item.code())
                && (now == null || (now.byRule() && now.version() != item.version()));
        if (due) {
          apply(
              new AdviceGiven(
                  patient,
                  item.code(),
                  item.version(),
                  item.definition().category(),
                  forTag,
                  causeEventId,
                  occurredAt),
              actor(item.code(), item.version()));
        }
      } else if (now != null && now.byRule()) {
        apply(
            new AdviceWithdrawn(patient, item.code(), now.version(), null, occurredAt),
            actor(item.code(), item.version()));
      }
    }
    for (Map.Entry<String, Given> entry : Map.copyOf(given).entrySet()) {
      if (entry.getValue().byRule() && !byCode.containsKey(entry.getKey())) {
        apply(
            new AdviceWithdrawn(
                patient, entry.getKey(), entry.getValue().version(), null, occurredAt),
            actor(entry.getKey(), entry.getValue().version()));
      }
    }
  }

  private static MetaData actor(String code, int version) {
    return MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.RULE.name())
        .and(MetaDataKeys.ACTOR_ID, Advice.actor(code, version))
        .and(MetaDataKeys.ACTING_ROLE, "");
  }

  @EventSourcingHandler
  void on(AdviceGiven event) {
    given.put(event.itemCode(), new Given(event.itemVersion(), event.forTag() != null));
    withdrawnByPerson.remove(event.itemCode());
  }

  @EventSourcingHandler
  void on(AdviceWithdrawn event) {
    given.remove(event.itemCode());
    if (event.reason() != null) {
      withdrawnByPerson.add(event.itemCode());
    }
  }
}
