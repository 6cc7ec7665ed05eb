package health.journey.app.advice;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.NotFound;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.advice.AdviceCategory;
import health.journey.api.advice.AdviceItemDefinition;
import health.journey.api.advice.AdviceItemView;
import health.journey.api.advice.DefineAdviceItem;
import health.journey.api.advice.FindAdviceQuery;
import health.journey.api.advice.GiveAdvice;
import health.journey.api.advice.PatientAdviceView;
import health.journey.api.advice.RetireAdviceItem;
import health.journey.api.advice.WithdrawAdvice;
import health.journey.api.patient.PatientView;
import health.journey.api.personaldata.FreeText;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.platform.graphql.Mutations;
import health.journey.app.platform.graphql.PatientMutations;
import health.journey.app.platform.graphql.PatientPayload;
import health.journey.app.platform.graphql.ProjectionLag;
import health.journey.app.platform.messaging.CommandTarget;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Advice (饮食/运动/心理健康建议): items staff define, and the advice each patient has. */
@Controller
class AdviceController {

  private static final List<String> ITEMS_SHOWN_IN = List.of(Advice.PROCESSING_GROUP);
  private static final List<String> ADVICE_SHOWN_IN =
      List.of(Advice.PROCESSING_GROUP, TimelineReadModel.PROCESSING_GROUP);

  private final QueryGateway queries;
  private final Mutations mutations;
  private final PatientMutations patients;

  AdviceController(QueryGateway queries, Mutations mutations, PatientMutations patients) {
    this.queries = queries;
    this.mutations = mutations;
    this.patients = patients;
  }

  record AdviceItemPayload(String code, String clientRequestId, boolean projected) {}

  record DefineAdviceItemInput(
      String code,
      AdviceCategory category,
      String title,
      String text,
      List<String> forTags,
      String source,
      String clientRequestId) {}

  record GiveAdviceInput(
      String patientId, String itemCode, Instant occurredAt, String clientRequestId) {}

  record WithdrawAdviceInput(
      String patientId,
      String itemCode,
      String reason,
      Instant occurredAt,
      String clientRequestId) {}

  @QueryMapping
  List<AdviceItemView> adviceItems(@Argument Boolean includeRetired) {
    return items(null, null, Boolean.TRUE.equals(includeRetired));
  }

  @MutationMapping
  AdviceItemPayload defineAdviceItem(
      @Argument DefineAdviceItemInput input, DataFetchingEnvironment env) {
    AdviceItemDefinition definition =
        new AdviceItemDefinition(
            input.code(),
            input.category(),
            input.title(),
            input.text(),
            input.forTags(),
            input.source());
    DefineAdviceItem command = new DefineAdviceItem(definition);
    Mutations.Sent sent = mutations.send(env, command, target(command.itemId()));
    return new AdviceItemPayload(definition.code(), sent.clientRequestId(), sent.projected());
  }

  @MutationMapping
  AdviceItemPayload retireAdviceItem(@Argument String code, DataFetchingEnvironment env) {
    String checked = InvalidInput.requireName(code, "code", 64);
    String id = Advice.idOf(checked);
    Mutations.Sent sent = mutations.send(env, new RetireAdviceItem(id, null), target(id));
    return new AdviceItemPayload(checked, sent.clientRequestId(), sent.projected());
  }

  @SchemaMapping(typeName = "AdviceItemPayload", field = "item")
  AdviceItemView payloadItem(AdviceItemPayload payload) {
    if (!payload.projected()) {
      throw new ProjectionLag(payload.code());
    }
    return items(payload.code(), null, true).stream().findFirst().orElse(null);
  }

  @MutationMapping
  PatientPayload giveAdvice(@Argument GiveAdviceInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    return patients.send(
        env, new GiveAdvice(id, input.itemCode(), input.occurredAt()), id, ADVICE_SHOWN_IN);
  }

  @MutationMapping
  PatientPayload withdrawAdvice(@Argument WithdrawAdviceInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    return patients.send(
        env,
        new WithdrawAdvice(
            id, input.itemCode(), FreeText.of(id, input.reason(), "reason"), input.occurredAt()),
        id,
        ADVICE_SHOWN_IN);
  }

  @SchemaMapping(typeName = "Patient", field = "advice")
  List<PatientAdviceView> advice(PatientView patient) {
    return queries
        .query(
            new FindAdviceQuery.OfPatients(List.of(patient.id())),
            FindAdviceQuery.PatientAdvice.class)
        .join()
        .byPatient()
        .getOrDefault(patient.id().toString(), List.of());
  }

  @SchemaMapping(typeName = "PatientAdvice", field = "item")
  AdviceItemView adviceItem(PatientAdviceView advice) {
    return items(advice.itemCode(), advice.itemVersion(), true).stream().findFirst().orElse(null);
  }

  @SchemaMapping(typeName = "AdviceItem", field = "category")
  AdviceCategory category(AdviceItemView item) {
    return item.definition().category();
  }

  @SchemaMapping(typeName = "AdviceItem", field = "title")
  String title(AdviceItemView item) {
    return item.definition().title();
  }

  @SchemaMapping(typeName = "AdviceItem", field = "text")
  String text(AdviceItemView item) {
    return item.definition().text();
  }

  @SchemaMapping(typeName = "AdviceItem", field = "forTags")
  List<String> forTags(AdviceItemView item) {
    return item.definition().forTags();
  }

  @SchemaMapping(typeName = "AdviceItem", field = "source")
  String source(AdviceItemView item) {
    return item.definition().source();
  }

  private List<AdviceItemView> items(String code, Integer version, boolean includeRetired) {
    return queries
        .query(
            new FindAdviceQuery.Items(code, version, includeRetired),
            FindAdviceQuery.ItemList.class)
        .join()
        .items();
  }

  private static CommandTarget target(String itemId) {
    return new CommandTarget(
        itemId,
        ITEMS_SHOWN_IN,
        id -> new NotFound("ADVICE_ITEM_NOT_FOUND", "No advice item with id " + id));
  }
}
