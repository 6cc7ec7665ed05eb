package health.journey.app.rules;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.NotFound;
import health.journey.api.rules.Condition;
import health.journey.api.rules.DraftTaggingRule;
import health.journey.api.rules.FindRuleReevaluationsQuery;
import health.journey.api.rules.FindTaggingRulesQuery;
import health.journey.api.rules.PublishTaggingRule;
import health.journey.api.rules.RetireTaggingRule;
import health.journey.api.rules.RuleFact;
import health.journey.api.rules.TaggingRuleDefinition;
import health.journey.api.rules.TaggingRuleView;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.TagView;
import health.journey.app.platform.graphql.Mutations;
import health.journey.app.platform.graphql.Pages;
import health.journey.app.platform.graphql.ProjectionLag;
import health.journey.app.platform.graphql.Viewer;
import health.journey.app.platform.messaging.CommandTarget;
import health.journey.app.platform.security.Disclosure;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tagging rules (自动设置标签): staff draft, publish and retire versions; a patient's tags say which rule
 * version set them and on which facts.
 */
@Controller
class RulesController {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> RULES_SHOWN_IN = List.of(TaggingRules.PROCESSING_GROUP);

  private final QueryGateway queries;
  private final Mutations mutations;

  RulesController(QueryGateway queries, Mutations mutations) {
    this.queries = queries;
    this.mutations = mutations;
  }

  /** What a rule mutation answers. */
  record TaggingRulePayload(String code, String clientRequestId, boolean projected) {}

  /** A rule draft as the client sent it. */
  record DraftTaggingRuleInput(
      String code,
      String tag,
      String description,
      String source,
      Object condition,
      String clientRequestId) {}

  @QueryMapping
  List<TaggingRuleView> taggingRules(@Argument Boolean includeRetired) {
    return find(null, null, Boolean.TRUE.equals(includeRetired));
  }

  @QueryMapping
  TaggingRuleView taggingRule(@Argument String code, @Argument Integer version) {
    return find(InvalidInput.requireName(code, "code", 64), version, true).stream()
        .findFirst()
        .orElse(null);
  }

  @QueryMapping
  List<FindRuleReevaluationsQuery.Reevaluation> ruleReevaluations(
      @Argument String ruleCode, DataFetchingEnvironment env) {
    return queries
        .query(
            new FindRuleReevaluationsQuery(
                ruleCode == null ? null : InvalidInput.requireName(ruleCode, "ruleCode", 64),
                Pages.size(env)),
            FindRuleReevaluationsQuery.Reevaluations.class)
        .join()
        .reevaluations();
  }

  @SchemaMapping(typeName = "RuleReevaluation", field = "progress")
  double progress(FindRuleReevaluationsQuery.Reevaluation job) {
    return job.total() == 0
        ? (job.finishedAt() == null ? 0 : 1)
        : Math.min(1.0, (double) job.done() / job.total());
  }

  @MutationMapping
  TaggingRulePayload draftTaggingRule(
      @Argument DraftTaggingRuleInput input, DataFetchingEnvironment env) {
    TaggingRuleDefinition definition =
        new TaggingRuleDefinition(
            input.code(), input.tag(), input.description(), input.source(), condition(input));
    DraftTaggingRule command = new DraftTaggingRule(definition);
    Mutations.Sent sent = mutations.send(env, command, target(command.ruleId()));
    return new TaggingRulePayload(definition.code(), sent.clientRequestId(), sent.projected());
  }

  @MutationMapping
  TaggingRulePayload publishTaggingRule(@Argument String code, DataFetchingEnvironment env) {
    String checked = InvalidInput.requireName(code, "code", 64);
    String id = TaggingRules.idOf(checked);
    Mutations.Sent sent = mutations.send(env, new PublishTaggingRule(id, null), target(id));
    return new TaggingRulePayload(checked, sent.clientRequestId(), sent.projected());
  }

  @MutationMapping
  TaggingRulePayload retireTaggingRule(@Argument String code, DataFetchingEnvironment env) {
    String checked = InvalidInput.requireName(code, "code", 64);
    String id = TaggingRules.idOf(checked);
    Mutations.Sent sent = mutations.send(env, new RetireTaggingRule(id, null), target(id));
    return new TaggingRulePayload(checked, sent.clientRequestId(), sent.projected());
  }

  @SchemaMapping(typeName = "TaggingRulePayload", field = "rule")
  TaggingRuleView payloadRule(TaggingRulePayload payload) {
    if (!payload.projected()) {
      throw new ProjectionLag(payload.code());
    }
    return find(payload.code(), null, true).stream().findFirst().orElse(null);
  }

  @SchemaMapping(typeName = "TaggingRule", field = "tag")
  String tag(TaggingRuleView rule) {
    return rule.definition().tag();
  }

  @SchemaMapping(typeName = "TaggingRule", field = "description")
  String description(TaggingRuleView rule) {
    return rule.definition().description();
  }

  @SchemaMapping(typeName = "TaggingRule", field = "source")
  String source(TaggingRuleView rule) {
    return rule.definition().source();
  }

  @SchemaMapping(typeName = "TaggingRule", field = "condition")
  Object condition(TaggingRuleView rule) {
    return JSON.convertValue(rule.definition().condition(), Object.class);
  }

  @SchemaMapping(typeName = "TaggingRule", field = "actor")
  String actor(TaggingRuleView rule) {
    return TaggingRules.actor(rule.code(), rule.version());
  }

  @SchemaMapping(typeName = "PatientTag", field = "source")
  String tagSource(TagView tag) {
    return tag.source();
  }

  @SchemaMapping(typeName = "PatientTag", field = "rule")
  TaggingRuleView tagRule(TagView tag) {
    if (tag.ruleCode() == null) {
      return null;
    }
    return find(tag.ruleCode(), tag.ruleVersion(), true).stream().findFirst().orElse(null);
  }

  @SchemaMapping(typeName = "PatientTag", field = "facts")
  List<RuleFact> tagFacts(TagView tag, DataFetchingEnvironment env) {
    if (tag.evidence() == null) {
      return null;
    }
    return Disclosure.reveal(tag.evidence(), Viewer.role(env))
        .map(json -> JSON.readValue(json, new TypeReference<List<RuleFact>>() {}))
        .orElse(null);
  }

  @SchemaMapping(typeName = "PatientTag", field = "causeEventId")
  String tagCause(TagView tag) {
    return tag.causeEventId();
  }

  private List<TaggingRuleView> find(String code, Integer version, boolean includeRetired) {
    return queries
        .query(
            new FindTaggingRulesQuery(code, version, includeRetired),
            FindTaggingRulesQuery.Rules.class)
        .join()
        .rules();
  }

  private static Condition condition(DraftTaggingRuleInput input) {
    InvalidInput.require(
        input.condition() instanceof Map<?, ?>, "condition", "condition must be a JSON object");
    try {
      return JSON.convertValue(input.condition(), Condition.class);
    } catch (InvalidInput invalid) {
      throw invalid;
    } catch (DatabindException | IllegalArgumentException unreadable) {
      Throwable cause = unreadable;
      while (cause != null) {
        if (cause instanceof InvalidInput invalid) {
          throw invalid;
        }
        cause = cause.getCause();
      }
      throw new InvalidInput(
          "condition",
          "condition is not a rule condition: give kind INDICATOR, SCORE, SMOKING, RECORD_MENTIONS,"
              + " HAS_TAG, ALL_OF or ANY_OF with its fields");
    }
  }

  private static CommandTarget target(String ruleId) {
    return new CommandTarget(
        ruleId,
        RULES_SHOWN_IN,
        id -> new NotFound("TAGGING_RULE_NOT_FOUND", "No tagging rule with id " + id));
  }
}
