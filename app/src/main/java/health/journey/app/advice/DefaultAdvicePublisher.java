package health.journey.app.advice;

import health.journey.api.advice.AdviceItemDefinition;
import health.journey.api.advice.DefaultAdvice;
import health.journey.api.advice.DefineAdviceItem;
import health.journey.app.platform.messaging.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Defines the default advice items at start, as the system: the first start defines them; later
 * starts change nothing, unless the product ships a changed item, which becomes its next version.
 */
@Component
class DefaultAdvicePublisher {

  private static final Logger log = LoggerFactory.getLogger(DefaultAdvicePublisher.class);

  private final CommandGateway commands;

  DefaultAdvicePublisher(CommandGateway commands) {
    this.commands = commands;
  }

  @EventListener(ApplicationReadyEvent.class)
  void publish() {
    for (AdviceItemDefinition definition : DefaultAdvice.all()) {
      commands.sendAndWait(
          GenericCommandMessage.asCommandMessage(new DefineAdviceItem(definition))
              .andMetaData(Actor.system().metaData()));
    }
    log.info(
        "Default advice items defined: {}",
        DefaultAdvice.all().stream().map(AdviceItemDefinition::code).toList());
  }
}
