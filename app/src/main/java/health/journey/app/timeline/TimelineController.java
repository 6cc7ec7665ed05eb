package health.journey.app.timeline;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import health.journey.api.PatientId;
import health.journey.api.patient.FindPatientQuery;
import health.journey.api.patient.PatientView;
import health.journey.api.patient.UnknownPatient;
import health.journey.api.timeline.FindTimelineQuery;
import health.journey.api.timeline.TimelineEntryView;
import health.journey.api.timeline.TimelinePage;
import health.journey.app.platform.graphql.Cursors;
import health.journey.app.platform.graphql.Pages;
import health.journey.app.platform.graphql.PlainFields;
import health.journey.app.platform.graphql.Viewer;
import health.journey.app.platform.security.Disclosure;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** A patient's journey in sentences, oldest step first, paged with cursors. */
@Controller
class TimelineController {

  private final QueryGateway queries;

  TimelineController(QueryGateway queries) {
    this.queries = queries;
  }

  record TimelineConnection(List<TimelineEdge> edges, Pages.PageInfo pageInfo) {}

  record TimelineEdge(String cursor, TimelineEntryView node) {}

  @QueryMapping
  TimelineConnection patientTimeline(
      @Argument String patientId, @Argument String after, DataFetchingEnvironment env) {
    return timeline(PatientId.parse(patientId, "patientId"), Pages.size(env), after);
  }

  @SchemaMapping(typeName = "Patient", field = "timeline")
  TimelineConnection patientTimeline(
      PatientView patient, @Argument String after, DataFetchingEnvironment env) {
    return timeline(patient.id(), Pages.size(env), after);
  }

  /**
   * The sentence of an entry, with its clinical detail for roles that may read clinical data: the
   * same disclosure rules as every field.
   */
  @Bean
  static RuntimeWiringConfigurer timelineEntryFields() {
    return wiring ->
        wiring.type(
            "TimelineEntry",
            type ->
                type.dataFetcher(
                        "summary",
                        (TrivialDataFetcher<Object>)
                            env -> {
                              TimelineEntryView entry = env.getSource();
                              return Disclosure.reveal(entry.detail(), Viewer.role(env))
                                  .map(detail -> entry.summary() + " (" + detail + ")")
                                  .orElse(entry.summary());
                            })
                    .dataFetcher(
                        "actor",
                        PlainFields.of(TimelineEntryView.class, TimelineEntryView::actorId)));
  }

  private TimelineConnection timeline(PatientId id, int limit, String after) {
    Long afterSequence = after == null ? null : sequenceIn(after);
    TimelinePage page =
        queries.query(new FindTimelineQuery(id, limit, afterSequence), TimelinePage.class).join();
    if (page.entries().isEmpty() && afterSequence == null && !exists(id)) {
      throw new UnknownPatient(id);
    }
    List<TimelineEdge> edges =
        page.entries().stream()
            .map(e -> new TimelineEdge(Cursors.encode("t:" + e.sequence()), e))
            .toList();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new TimelineConnection(edges, new Pages.PageInfo(page.hasMore(), end));
  }

  private boolean exists(PatientId id) {
    Optional<PatientView> patient =
        queries
            .query(new FindPatientQuery(id), ResponseTypes.optionalInstanceOf(PatientView.class))
            .join();
    return patient.isPresent();
  }

  private static long sequenceIn(String cursor) {
    String text = Cursors.decode(cursor);
    try {
      if (text.startsWith("t:")) {
        return Long.parseLong(text.substring(2));
      }
    } catch (NumberFormatException e) {
      // not ours
    }
    throw Cursors.notACursor();
  }
}
