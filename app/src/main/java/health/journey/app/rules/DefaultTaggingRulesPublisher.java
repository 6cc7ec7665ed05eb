package health.journey.app.rules;

import health.journey.api.rules.DefaultTaggingRules;
import health.journey.api.rules.DraftTaggingRule;
import health.journey.api.rules.PublishTaggingRule;
import health.journey.api.rules.TaggingRuleDefinition;
import health.journey.app.platform.messaging.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the default tagging rules at start, as the system: the first start publishes them;
 * later starts change nothing, unless the product ships a changed rule, which is then published as
 * its next version.
 */
@Component
class DefaultTaggingRulesPublisher {

  private static final Logger log = LoggerFactory.getLogger(DefaultTaggingRulesPublisher.class);

  private final CommandGateway commands;

  DefaultTaggingRulesPublisher(CommandGateway commands) {
    this.commands = commands;
  }

  @EventListener(ApplicationReadyEvent.class)
  void publish() {
    for (TaggingRuleDefinition definition : DefaultTaggingRules.all()) {
      DraftTaggingRule draft = new DraftTaggingRule(definition);
      send(draft);
      send(new PublishTaggingRule(draft.ruleId(), null));
    }
    log.info(
        "Default tagging rules published: {}",
        DefaultTaggingRules.all().stream().map(TaggingRuleDefinition::code).toList());
  }

  private void send(Object command) {
    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.system().metaData()));
  }
}
