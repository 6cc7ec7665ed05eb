package health.journey.app.questionnaire;

import health.journey.api.questionnaire.DraftQuestionnaire;
import health.journey.api.questionnaire.PublishQuestionnaire;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.StandardQuestionnaires;
import health.journey.app.platform.messaging.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the standard questionnaires (PHQ-9, GAD-7, the lifestyle intake form) at start, as the
 * system: the first start publishes them; later starts change nothing, unless the product ships a
 * changed version, which is then published as the next version.
 */
@Component
class StandardQuestionnairesPublisher {

  private static final Logger log = LoggerFactory.getLogger(StandardQuestionnairesPublisher.class);

  private final CommandGateway commands;

  StandardQuestionnairesPublisher(CommandGateway commands) {
    this.commands = commands;
  }

  @EventListener(ApplicationReadyEvent.class)
  void publish() {
    for (QuestionnaireDefinition definition : StandardQuestionnaires.all()) {
      DraftQuestionnaire draft = new DraftQuestionnaire(definition);
      send(draft);
      send(new PublishQuestionnaire(draft.templateId(), null));
    }
    log.info(
        "Standard questionnaires published: {}",
        StandardQuestionnaires.all().stream().map(QuestionnaireDefinition::code).toList());
  }

  private void send(Object command) {
    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.system().metaData()));
  }
}
