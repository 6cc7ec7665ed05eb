package health.journey.command.rules;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.InvalidInput;
import health.journey.api.rules.DraftTaggingRule;
import health.journey.api.rules.PublishTaggingRule;
import health.journey.api.rules.RetireTaggingRule;
import health.journey.api.rules.RuleDefinitionRule;
import health.journey.api.rules.TaggingRuleDefinition;
import health.journey.api.rules.TaggingRuleDrafted;
import health.journey.api.rules.TaggingRulePublished;
import health.journey.api.rules.TaggingRuleRetired;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tagging rule, versioned: staff write a draft, publish it as the next version (which then never
 * changes) and retire the rule. The tag a rule sets stays the same across its versions, so the tags
 * it set can always be found and removed by it.
 */
@Aggregate
class TaggingRule {

  @AggregateIdentifier private String ruleId;
  private String code;
  private String tag;
  private TaggingRuleDefinition draft;
  private String publishedFingerprint;
  private int version;
  private boolean retired;

  TaggingRule() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DraftTaggingRule command) {
    InvalidInput.require(
        code == null || code.equals(command.definition().code()),
        "definition.code",
        "a rule keeps its code (" + code + ")");
    InvalidInput.require(
        tag == null || tag.equals(command.definition().tag()),
        "definition.tag",
        "a rule keeps the tag it sets (" + tag + "); a rule for another tag is a new rule");
    if (draft != null && draft.equals(command.definition())) {
      return;
    }
    apply(
        new TaggingRuleDrafted(
            command.ruleId(),
            command.definition().code(),
            command.definition(),
            command.occurredAt()));
  }

  /** Publishing a draft that says what the version in force says changes nothing. */
  @CommandHandler
  void handle(PublishTaggingRule command, PublishedTaggingRules rules) {
    if (draft == null) {
      throw new BusinessRuleViolation(
          RuleDefinitionRule.NO_DRAFT, "Rule " + code + " has no draft to publish");
    }
    String fingerprint = draft.fingerprint();
    if (fingerprint.equals(publishedFingerprint) && !retired) {
      return;
    }
    int next = version + 1;
    rules.published(ruleId, new PublishedTaggingRules.Version(code, next, draft));
    apply(new TaggingRulePublished(ruleId, code, next, draft, fingerprint, command.occurredAt()));
  }

  @CommandHandler
  void handle(RetireTaggingRule command, PublishedTaggingRules rules) {
    if (retired) {
      return;
    }
    if (version == 0) {
      throw new BusinessRuleViolation(
          RuleDefinitionRule.NOT_PUBLISHED,
          "Rule " + code + " was never published, so there is nothing to retire");
    }
    rules.retired(code);
    apply(new TaggingRuleRetired(ruleId, code, version, command.occurredAt()));
  }

  @EventSourcingHandler
  void on(TaggingRuleDrafted event) {
    ruleId = event.ruleId();
    code = event.code();
    tag = event.definition().tag();
    draft = event.definition();
  }

  @EventSourcingHandler
  void on(TaggingRulePublished event) {
    version = event.version();
    publishedFingerprint = event.fingerprint();
    retired = false;
  }

  @EventSourcingHandler
  void on(TaggingRuleRetired event) {
    retired = true;
  }
}
