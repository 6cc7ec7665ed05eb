package health.journey.command.questionnaire;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.InvalidInput;
import health.journey.api.questionnaire.DraftQuestionnaire;
import health.journey.api.questionnaire.PublishQuestionnaire;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnaireDrafted;
import health.journey.api.questionnaire.QuestionnairePublished;
import health.journey.api.questionnaire.QuestionnaireRetired;
import health.journey.api.questionnaire.QuestionnaireRule;
import health.journey.api.questionnaire.RetireQuestionnaire;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A questionnaire template (问卷模板), versioned: staff write a draft, publish it as the next version
 * (which then never changes) and retire the questionnaire when it should take no more answers.
 */
@Aggregate
class QuestionnaireTemplate {

  @AggregateIdentifier private String templateId;
  private String code;
  private QuestionnaireDefinition draft;
  private String publishedFingerprint;
  private int version;
  private boolean retired;

  QuestionnaireTemplate() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DraftQuestionnaire command) {
    InvalidInput.require(
        code == null || code.equals(command.definition().code()),
        "definition.code",
        "a questionnaire keeps its code (" + code + ")");
    if (draft != null && draft.equals(command.definition())) {
      return;
    }
    apply(
        new QuestionnaireDrafted(
            command.templateId(),
            command.definition().code(),
            command.definition(),
            command.occurredAt()));
  }

  /** Publishing a draft that says what the latest version says changes nothing. */
  @CommandHandler
  void handle(PublishQuestionnaire command, QuestionnaireVersions versions) {
    if (draft == null) {
      throw new BusinessRuleViolation(
          QuestionnaireRule.NO_DRAFT, "Questionnaire " + code + " has no draft to publish");
    }
    String fingerprint = draft.fingerprint();
    if (fingerprint.equals(publishedFingerprint) && !retired) {
      return;
    }
    int next = version + 1;
    versions.published(new QuestionnaireVersions.Published(templateId, code, next, draft));
    apply(
        new QuestionnairePublished(
            templateId, code, next, draft, fingerprint, command.occurredAt()));
  }

  @CommandHandler
  void handle(RetireQuestionnaire command, QuestionnaireVersions versions) {
    if (retired) {
      return;
    }
    if (version == 0) {
      throw new BusinessRuleViolation(
          QuestionnaireRule.NOT_PUBLISHED,
          "Questionnaire " + code + " was never published, so there is nothing to retire");
    }
    versions.retired(code);
    apply(new QuestionnaireRetired(templateId, code, version, command.occurredAt()));
  }

  @EventSourcingHandler
  void on(QuestionnaireDrafted event) {
    templateId = event.templateId();
    code = event.code();
    draft = event.definition();
  }

  @EventSourcingHandler
  void on(QuestionnairePublished event) {
    version = event.version();
    publishedFingerprint = event.fingerprint();
    retired = false;
  }

  @EventSourcingHandler
  void on(QuestionnaireRetired event) {
    retired = true;
  }
}
