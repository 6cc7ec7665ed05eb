package health.journey.command.tagging;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.tagging.ApplyTag;
import health.journey.api.tagging.RemoveTag;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import health.journey.api.tagging.TaggingRule;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A patient's tags: the part of the patient's stream that decides on applying and removing tags.
 * Held by the patient aggregate as a member.
 */
public final class TagBook {

  private final Set<String> tags = new HashSet<>();

  /** Applying a tag the patient already has changes nothing. */
  @CommandHandler
  void handle(ApplyTag command) {
    if (tags.contains(command.tag())) {
      return;
    }
    apply(
        new TagApplied(command.patientId(), command.tag(), command.reason(), command.occurredAt()));
  }

  @CommandHandler
  void handle(RemoveTag command) {
    if (!tags.contains(command.tag())) {
      throw new BusinessRuleViolation(
          TaggingRule.TAG_NOT_APPLIED,
          "Patient " + command.patientId() + " has no tag '" + command.tag() + "' to remove");
    }
    apply(
        new TagRemoved(command.patientId(), command.tag(), command.reason(), command.occurredAt()));
  }

  /** Whether the patient has {@code tag} now. */
  public boolean has(String tag) {
    return tags.contains(tag);
  }

  @EventSourcingHandler
  void on(TagApplied event) {
    tags.add(event.tag());
  }

  @EventSourcingHandler
  void on(TagRemoved event) {
    tags.remove(event.tag());
  }
}
