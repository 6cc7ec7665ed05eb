package health.journey.command.advice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.InvalidInput;
import health.journey.api.advice.AdviceItemDefined;
import health.journey.api.advice.AdviceItemDefinition;
import health.journey.api.advice.AdviceItemRetired;
import health.journey.api.advice.AdviceRule;
import health.journey.api.advice.DefineAdviceItem;
import health.journey.api.advice.RetireAdviceItem;
import health.journey.api.content.ContentPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An advice item (饮食/运动/心理健康建议), versioned: each change is a new version, which never changes; a
 * retired item is given no more. Its text passes the content policy (no absolute or guaranteed-cure
 * claims) before any version is recorded.
 */
@Aggregate
class AdviceItem {

  @AggregateIdentifier private String itemId;
  private String code;
  private AdviceItemDefinition current;
  private int version;
  private boolean retired;

  AdviceItem() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DefineAdviceItem command, ContentPolicy content, AdviceCatalogue catalogue) {
    AdviceItemDefinition definition = command.definition();
    InvalidInput.require(
        code == null || code.equals(definition.code()),
        "definition.code",
        "an advice item keeps its code (" + code + ")");
    content.check(definition.title());
    content.check(definition.text());
    if (definition.equals(current) && !retired) {
      return;
    }
    int next = version + 1;
    catalogue.defined(
        command.itemId(), new AdviceCatalogue.Version(definition.code(), next, definition));
    apply(
        new AdviceItemDefined(
            command.itemId(), definition.code(), next, definition, command.occurredAt()));
  }

  @CommandHandler
  void handle(RetireAdviceItem command, AdviceCatalogue catalogue) {
    if (retired) {
      return;
    }
    if (version == 0) {
      throw new BusinessRuleViolation(
          AdviceRule.ADVICE_NOT_OFFERED, "Advice item " + code + " was never defined");
    }
    catalogue.retired(code);
    apply(new AdviceItemRetired(itemId, code, version, command.occurredAt()));
  }

  @EventSourcingHandler
  void on(AdviceItemDefined event) {
    itemId = event.itemId();
    code = event.code();
    current = event.definition();
    version = event.version();
    retired = false;
  }

  @EventSourcingHandler
  void on(AdviceItemRetired event) {
    retired = true;
  }
}
