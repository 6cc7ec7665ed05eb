package health.journey.command.rules;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.ActorType;
import health.journey.api.BusinessTime;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.patient.Sex;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.rules.EvaluateRules;
import health.journey.api.rules.RuleEvidence;
import health.journey.api.rules.RuleFact;
import health.journey.api.rules.RuleTagApplied;
import health.journey.api.rules.RuleTagRemoved;
import health.journey.api.rules.TaggingRules;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

/**
 * The tags rules set on a patient, and the decisions that set and remove them: a rule in force
 * whose condition holds applies its tag (again, under a new version, when the rule changed); one
 * whose condition no longer holds, or that was retired, removes the tag it set. A tag a person set
 * is theirs: a rule neither removes it nor takes it over. Each change acts as the rule version
 * ({@code rule:<code>@<version>}) and records the facts that made the condition hold. Held by the
 * patient aggregate as a member.
 */
public final class RuleDecisions {

  private record Applied(String tag, int version) {}

  private final Map<String, Applied> byRule = new HashMap<>();

  /** Whether a rule set {@code tag} on the patient. */
  public boolean hasTag(String tag) {
    return byRule.values().stream().anyMatch(a -> a.tag().equals(tag));
  }

  /**
   * Evaluates the rules in force (or the one the command names) against the facts. A rule can read
   * the tags of other rules, so the rules are evaluated again until no tag changes: the same facts
   * evaluated again then change nothing, whatever order the rules are read in.
   *
   * @param manualTag whether a person set a tag on the patient
   */
  public void evaluate(
      EvaluateRules command,
      RuleFacts facts,
      Sex sex,
      Predicate<String> manualTag,
      PublishedTaggingRules rules) {
    Map<String, PublishedTaggingRules.Version> inForce =
        rules.inForce().stream()
            .collect(Collectors.toMap(PublishedTaggingRules.Version::code, v -> v));
    // conditions only ever ask for tags to be present, so the passes settle; the bound is a guard
    int passes = inForce.size() + byRule.size() + 1;
    while (passes-- > 0 && pass(command, facts, sex, manualTag, inForce)) {
      // again, with the tags this pass changed
    }
  }

  /** One pass over the rules; whether it changed a tag. */
  private boolean pass(
      EvaluateRules command,
      RuleFacts facts,
      Sex sex,
      Predicate<String> manualTag,
      Map<String, PublishedTaggingRules.Version> inForce) {
    PatientId patient = command.patientId();
    Instant now = BusinessTime.now();
    boolean changed = false;
    for (PublishedTaggingRules.Version rule : inForce.values()) {
      if (command.ruleCode() != null && !command.ruleCode().equals(rule.code())) {
        continue;
      }
      Predicate<String> hasTag =
          tag ->
              manualTag.test(tag)
                  || byRule.entrySet().stream()
                      .anyMatch(
                          e -> !e.getKey().equals(rule.code()) && e.getValue().tag().equals(tag));
      Optional<List<RuleFact>> holds =
          RuleEngine.evaluate(
              rule.definition().condition(), new RuleEngine.Context(facts, sex, hasTag, now));
      Applied current = byRule.get(rule.code());
      if (holds.isPresent()) {
        if (current == null || current.version() != rule.version()) {
          apply(
              new RuleTagApplied(
                  patient,
                  rule.definition().tag(),
                  rule.code(),
                  rule.version(),
                  Sealed.of(patient, PersonalDataKind.HEALTH, new RuleEvidence(holds.get())),
                  command.causeEventId(),
                  command.occurredAt()),
              actor(rule.code(), rule.version()));
          changed = true;
        }
      } else if (current != null) {
        apply(
            new RuleTagRemoved(
                patient,
                current.tag(),
                rule.code(),
                rule.version(),
                command.causeEventId(),
                command.occurredAt()),
            actor(rule.code(), rule.version()));
        changed = true;
      }
    }
    for (Map.Entry<String, Applied> applied : Map.copyOf(byRule).entrySet()) {
      String code = applied.getKey();
      if (!inForce.containsKey(code)
          && (command.ruleCode() == null || command.ruleCode().equals(code))) {
        apply(
            new RuleTagRemoved(
                patient,
                applied.getValue().tag(),
                code,
                applied.getValue().version(),
                command.causeEventId(),
                command.occurredAt()),
            actor(code, applied.getValue().version()));
        changed = true;
      }
    }
    return changed;
  }

  private static MetaData actor(String code, int version) {
    return MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.RULE.name())
        .and(MetaDataKeys.ACTOR_ID, TaggingRules.actor(code, version))
        .and(MetaDataKeys.ACTING_ROLE, "");
  }

  @EventSourcingHandler
  void on(RuleTagApplied event) {
    byRule.put(event.ruleCode(), new Applied(event.tag(), event.ruleVersion()));
  }

  @EventSourcingHandler
  void on(RuleTagRemoved event) {
    byRule.remove(event.ruleCode());
  }
}
