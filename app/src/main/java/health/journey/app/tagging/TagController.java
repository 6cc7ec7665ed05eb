package health.journey.app.tagging;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.patient.PatientView;
import health.journey.api.personaldata.FreeText;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.ApplyTag;
import health.journey.api.tagging.FindTagsQuery;
import health.journey.api.tagging.PatientTags;
import health.journey.api.tagging.RemoveTag;
import health.journey.api.tagging.TagView;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.platform.graphql.PatientMutations;
import health.journey.app.platform.graphql.PatientPayload;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Tags: a patient's tags with who set them and why, and applying and removing them. */
@Controller
class TagController {

  private static final List<String> SHOWN_IN =
      List.of(
          TaggingRules.POLICY_GROUP,
          Advice.PROCESSING_GROUP,
          TaggingReadModel.PROCESSING_GROUP,
          PatientReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  private final QueryGateway queries;
  private final PatientMutations mutations;

  TagController(QueryGateway queries, PatientMutations mutations) {
    this.queries = queries;
    this.mutations = mutations;
  }

  record TagInput(
      String patientId, String tag, String reason, Instant occurredAt, String clientRequestId) {}

  /** A patient's tags, set by people and by rules (the rule feature explains the latter). */
  @BatchMapping(typeName = "Patient", field = "tags")
  Map<PatientView, List<TagView>> tags(List<PatientView> patients) {
    List<PatientId> ids = patients.stream().map(PatientView::id).distinct().toList();
    PatientTags tags = queries.query(new FindTagsQuery(ids), PatientTags.class).join();
    Map<PatientView, List<TagView>> result = new LinkedHashMap<>();
    for (PatientView p : patients) {
      result.put(p, tags.byPatient().getOrDefault(p.id().toString(), List.of()));
    }
    return result;
  }

  @SchemaMapping(typeName = "PatientTag", field = "name")
  String name(TagView tag) {
    return tag.tag();
  }

  @MutationMapping
  PatientPayload applyTag(@Argument TagInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    ApplyTag command =
        new ApplyTag(
            id, input.tag(), FreeText.of(id, input.reason(), "reason"), input.occurredAt());
    return mutations.send(env, command, id, SHOWN_IN);
  }

  @MutationMapping
  PatientPayload removeTag(@Argument TagInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    RemoveTag command =
        new RemoveTag(
            id, input.tag(), FreeText.of(id, input.reason(), "reason"), input.occurredAt());
    return mutations.send(env, command, id, SHOWN_IN);
  }
}
