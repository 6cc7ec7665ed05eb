package health.journey.app.graphql;

import health.journey.api.InvalidInput;
import health.journey.api.audit.AuditEntry;
import health.journey.api.audit.AuditTrail;
import health.journey.api.audit.FindAuditTrailQuery;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentStatus;
import health.journey.api.consent.ConsentView;
import health.journey.api.consent.FindConsentsQuery;
import health.journey.api.consent.PatientConsents;
import health.journey.api.patient.CountPatientsQuery;
import health.journey.api.patient.FindHealthRecordsQuery;
import health.journey.api.patient.FindPatientQuery;
import health.journey.api.patient.FindPatientsQuery;
import health.journey.api.patient.HealthRecordView;
import health.journey.api.patient.HealthRecords;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.PatientFilter;
import health.journey.api.patient.PatientId;
import health.journey.api.patient.PatientPage;
import health.journey.api.patient.PatientView;
import health.journey.api.patient.UnknownPatient;
import health.journey.api.tagging.FindTagsQuery;
import health.journey.api.tagging.PatientTags;
import health.journey.api.tagging.Tag;
import health.journey.api.tagging.TagView;
import health.journey.api.timeline.FindTimelineQuery;
import health.journey.api.timeline.TimelineEntryView;
import health.journey.api.timeline.TimelinePage;
import health.journey.app.personaldata.JdbcSubjectKeys;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The read side of the API: patients from the read model (through the query bus), the audit trail
 * from the event store. Nested lists are loaded in batches, one query per page, never one per
 * patient.
 */
@Controller
class PatientQueryController {

  private final QueryGateway queries;
  private final JdbcSubjectKeys subjectKeys;

  PatientQueryController(QueryGateway queries, JdbcSubjectKeys subjectKeys) {
    this.queries = queries;
    this.subjectKeys = subjectKeys;
  }

  /** A page of the patient list, with the filter that made it (for {@code totalCount}). */
  record PatientConnection(List<PatientEdge> edges, PageInfo pageInfo, PatientFilter filter) {}

  record PatientEdge(String cursor, PatientView node) {}

  record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo) {}

  record TimelineEdge(String cursor, TimelineEntryView node) {}

  record PageInfo(boolean hasNextPage, String endCursor) {}

  /** What the schema shows of a tag. */
  record PatientTag(
      String name,
      java.time.Instant appliedAt,
      String appliedBy,
      String appliedByRole,
      health.journey.api.personaldata.PersonalData reason) {}

  /** What the schema shows of a consent. */
  record Consent(
      ConsentPurpose purpose,
      ConsentStatus status,
      health.journey.api.consent.ConsentChannel channel,
      String wordingVersion,
      java.time.Instant changedAt,
      health.journey.api.personaldata.PersonalData withdrawalReason) {}

  @QueryMapping
  PatientView patient(@Argument String id, Principal principal) {
    Roles.require(principal, Roles.STAFF, "patient");
    return find(PatientId.parse(id, "id")).orElse(null);
  }

  /** The patient a mutation changed, as the read model now shows it. */
  @SchemaMapping(typeName = "PatientPayload", field = "patient")
  PatientView changedPatient(PatientPayload payload) {
    if (!payload.projected()) {
      throw new ProjectionLag(payload.patientId());
    }
    return find(PatientId.of(payload.patientId())).orElse(null);
  }

  private Optional<PatientView> find(PatientId patientId) {
    return queries
        .query(new FindPatientQuery(patientId), ResponseTypes.optionalInstanceOf(PatientView.class))
        .join();
  }

  @QueryMapping
  PatientConnection patients(
      @Argument PatientFilterInput filter,
      @Argument Integer first,
      @Argument String after,
      Principal principal) {
    Roles.require(principal, Roles.STAFF, "patients");
    int limit = bounded(first, 20, 100, "first");
    PatientFilter criteria =
        filter == null
            ? PatientFilter.none()
            : new PatientFilter(
                filter.tag() == null ? null : Tag.require(filter.tag()), filter.stage());
    Cursors.PatientPosition position = after == null ? null : Cursors.patientPosition(after);
    PatientPage page =
        queries
            .query(
                new FindPatientsQuery(
                    criteria,
                    limit,
                    position == null ? null : position.openedAt(),
                    position == null ? null : position.id()),
                PatientPage.class)
            .join();
    subjectKeys.preload(page.patients().stream().map(p -> p.id().toString()).toList());
    List<PatientEdge> edges =
        page.patients().stream()
            .map(p -> new PatientEdge(Cursors.ofPatient(p.openedAt(), p.id()), p))
            .toList();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new PatientConnection(edges, new PageInfo(page.hasMore(), end), criteria);
  }

  record PatientFilterInput(String tag, LifecycleStage stage) {}

  @SchemaMapping(typeName = "PatientConnection")
  long totalCount(PatientConnection connection) {
    return queries.query(new CountPatientsQuery(connection.filter()), Long.class).join();
  }

  @QueryMapping
  TimelineConnection patientTimeline(
      @Argument String patientId,
      @Argument Integer first,
      @Argument String after,
      Principal principal) {
    Roles.require(principal, Roles.STAFF, "patientTimeline");
    return timeline(PatientId.parse(patientId, "patientId"), first, after);
  }

  @SchemaMapping(typeName = "Patient", field = "timeline")
  TimelineConnection patientTimeline(
      PatientView patient, @Argument Integer first, @Argument String after) {
    return timeline(patient.id(), first, after);
  }

  @QueryMapping
  List<AuditEntry> auditTrail(@Argument String patientId, Principal principal) {
    Roles.require(principal, Roles.AUDITORS, "auditTrail");
    PatientId id = PatientId.parse(patientId, "patientId");
    List<AuditEntry> entries =
        queries.query(new FindAuditTrailQuery(id), AuditTrail.class).join().entries();
    if (entries.isEmpty()) {
      throw new UnknownPatient(id);
    }
    return entries;
  }

  @BatchMapping(typeName = "Patient", field = "tags")
  Map<PatientView, List<PatientTag>> tags(List<PatientView> patients) {
    PatientTags tags = queries.query(new FindTagsQuery(ids(patients)), PatientTags.class).join();
    return byPatient(
        patients,
        p ->
            tags.byPatient().getOrDefault(p.id().toString(), List.of()).stream()
                .map(PatientQueryController::tag)
                .toList());
  }

  @BatchMapping(typeName = "Patient", field = "consents")
  Map<PatientView, List<Consent>> consents(List<PatientView> patients) {
    PatientConsents consents =
        queries.query(new FindConsentsQuery(ids(patients)), PatientConsents.class).join();
    return byPatient(
        patients,
        p -> {
          Map<ConsentPurpose, ConsentView> given =
              consents.byPatient().getOrDefault(p.id().toString(), List.of()).stream()
                  .collect(Collectors.toMap(ConsentView::purpose, Function.identity()));
          List<Consent> all = new ArrayList<>();
          for (ConsentPurpose purpose : ConsentPurpose.values()) {
            ConsentView view = given.get(purpose);
            all.add(
                view == null
                    ? new Consent(purpose, ConsentStatus.NOT_GIVEN, null, null, null, null)
                    : new Consent(
                        purpose,
                        view.status(),
                        view.channel(),
                        view.wordingVersion(),
                        view.changedAt(),
                        view.withdrawalReason()));
          }
          return all;
        });
  }

  @BatchMapping(typeName = "Patient", field = "healthRecord")
  Map<PatientView, HealthRecordView> healthRecord(List<PatientView> patients, Principal principal) {
    if (!Disclosure.seesClinicalData(principal)) {
      throw new org.springframework.security.access.AccessDeniedException("healthRecord");
    }
    HealthRecords records =
        queries.query(new FindHealthRecordsQuery(ids(patients)), HealthRecords.class).join();
    Map<PatientView, HealthRecordView> result = new java.util.LinkedHashMap<>();
    for (PatientView p : patients) {
      HealthRecordView record = records.byPatient().get(p.id().toString());
      if (record != null) {
        result.put(p, record);
      }
    }
    return result;
  }

  private TimelineConnection timeline(PatientId id, Integer first, String after) {
    int limit = bounded(first, 50, 500, "first");
    Long afterSequence = after == null ? null : Cursors.timelineSequence(after);
    TimelinePage page =
        queries.query(new FindTimelineQuery(id, limit, afterSequence), TimelinePage.class).join();
    if (page.entries().isEmpty() && afterSequence == null && find(id).isEmpty()) {
      throw new UnknownPatient(id);
    }
    List<TimelineEdge> edges =
        page.entries().stream()
            .map(e -> new TimelineEdge(Cursors.ofTimeline(e.sequence()), e))
            .toList();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new TimelineConnection(edges, new PageInfo(page.hasMore(), end));
  }

  private static PatientTag tag(TagView tag) {
    return new PatientTag(
        tag.tag(), tag.appliedAt(), tag.appliedBy(), tag.appliedByRole(), tag.reason());
  }

  private static List<PatientId> ids(List<PatientView> patients) {
    return patients.stream().map(PatientView::id).distinct().toList();
  }

  private static <T> Map<PatientView, T> byPatient(
      List<PatientView> patients, Function<PatientView, T> value) {
    Map<PatientView, T> result = new java.util.LinkedHashMap<>();
    for (PatientView p : patients) {
      result.put(p, value.apply(p));
    }
    return result;
  }

  private static int bounded(Integer value, int fallback, int max, String field) {
    int n = value == null ? fallback : value;
    InvalidInput.require(
        n >= 1 && n <= max, field, field + " must be between 1 and " + max + " (was " + n + ")");
    return n;
  }
}
