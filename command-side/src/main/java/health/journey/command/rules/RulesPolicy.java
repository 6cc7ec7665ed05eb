package health.journey.command.rules;

import health.journey.api.ActorType;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientEvent;
import health.journey.api.booking.ExamAttended;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.report.ExamReportAmended;
import health.journey.api.report.ExamReportRecorded;
import health.journey.api.rules.EvaluateRules;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * The policy that has a patient's rules and risk models evaluated when a fact they read changes: a
 * report, an answer, the health record, a person's tag, a visit. It acts under its own name ({@code
 * policy:rules}) in its own processing group, with its own dead-letter queue; the evaluation it
 * asks for is idempotent, so a fact delivered twice changes nothing.
 */
@Component
@ProcessingGroup(TaggingRules.POLICY_GROUP)
@DisallowReplay
class RulesPolicy {

  static final String NAME = "policy:rules";

  private final CommandGateway commands;

  RulesPolicy(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(ExamReportRecorded event, EventMessage<?> message) {
    evaluate(event, message);
  }

  @EventHandler
  void on(ExamReportAmended event, EventMessage<?> message) {
    evaluate(event, message);
  }

  @EventHandler
  void on(QuestionnaireAnswered event, EventMessage<?> message) {
    evaluate(event, message);
  }

  @EventHandler
  void on(HealthRecordUpdated event, EventMessage<?> message) {
    evaluate(event, message);
  }

  @EventHandler
  void on(CardOpened event, EventMessage<?> message) {
    evaluate(event, message);
  }

  @EventHandler
  void on(TagApplied event, EventMessage<?> message) {
    evaluate(event, message);
  }

  @EventHandler
  void on(TagRemoved event, EventMessage<?> message) {
    evaluate(event, message);
  }

  @EventHandler
  void on(ExamAttended event, EventMessage<?> message) {
    evaluate(event, message);
  }

  private void evaluate(PatientEvent event, EventMessage<?> message) {
    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(
                new EvaluateRules(event.patientId(), message.getIdentifier(), null, null))
            .andMetaData(
                MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.POLICY.name())
                    .and(MetaDataKeys.ACTOR_ID, NAME)
                    .and(MetaDataKeys.ACTING_ROLE, "")));
  }
}
