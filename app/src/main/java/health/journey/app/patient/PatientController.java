package health.journey.app.patient;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.patient.CountPatientsQuery;
import health.journey.api.patient.FindHealthRecordsQuery;
import health.journey.api.patient.FindPatientQuery;
import health.journey.api.patient.FindPatientsQuery;
import health.journey.api.patient.HealthRecordView;
import health.journey.api.patient.HealthRecords;
import health.journey.api.patient.PatientFilter;
import health.journey.api.patient.PatientPage;
import health.journey.api.patient.PatientView;
import health.journey.api.tagging.Tag;
import health.journey.app.patient.PatientInputs.PatientFilterInput;
import health.journey.app.platform.graphql.Cursors;
import health.journey.app.platform.graphql.Pages;
import health.journey.app.platform.graphql.PatientPayload;
import health.journey.app.platform.graphql.ProjectionLag;
import health.journey.app.platform.personaldata.JdbcSubjectKeys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Patients from the read model (through the query bus): one patient, the patient list, the patient
 * a mutation changed, and health records, loaded in batches (one query per page, never one per
 * patient).
 */
@Controller
class PatientController {

  private final QueryGateway queries;
  private final JdbcSubjectKeys subjectKeys;

  PatientController(QueryGateway queries, JdbcSubjectKeys subjectKeys) {
    this.queries = queries;
    this.subjectKeys = subjectKeys;
  }

  /** A page of the patient list, with the filter that made it (for {@code totalCount}). */
  record PatientConnection(
      List<PatientEdge> edges, Pages.PageInfo pageInfo, PatientFilter filter) {}

  record PatientEdge(String cursor, PatientView node) {}

  @QueryMapping
  PatientView patient(@Argument String id) {
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

  @QueryMapping
  PatientConnection patients(
      @Argument PatientFilterInput filter, @Argument String after, DataFetchingEnvironment env) {
    int limit = Pages.size(env);
    PatientFilter criteria =
        filter == null
            ? PatientFilter.none()
            : new PatientFilter(
                filter.tag() == null ? null : Tag.require(filter.tag()),
                filter.stage(),
                filter.riskModel() == null
                    ? null
                    : InvalidInput.requireName(filter.riskModel(), "filter.riskModel", 64),
                filter.riskBand() == null
                    ? null
                    : InvalidInput.requireName(filter.riskBand(), "filter.riskBand", 32));
    PatientCursor position = after == null ? null : PatientCursor.parse(after);
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
            .map(p -> new PatientEdge(new PatientCursor(p.openedAt(), p.id()).toString(), p))
            .toList();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new PatientConnection(edges, new Pages.PageInfo(page.hasMore(), end), criteria);
  }

  @SchemaMapping(typeName = "PatientConnection")
  long totalCount(PatientConnection connection) {
    return queries.query(new CountPatientsQuery(connection.filter()), Long.class).join();
  }

  @BatchMapping(typeName = "Patient", field = "healthRecord")
  Map<PatientView, HealthRecordView> healthRecord(List<PatientView> patients) {
    List<PatientId> ids = patients.stream().map(PatientView::id).distinct().toList();
    HealthRecords records =
        queries.query(new FindHealthRecordsQuery(ids), HealthRecords.class).join();
    Map<PatientView, HealthRecordView> result = new LinkedHashMap<>();
    for (PatientView p : patients) {
      HealthRecordView record = records.byPatient().get(p.id().toString());
      if (record != null) {
        result.put(p, record);
      }
    }
    return result;
  }

  private Optional<PatientView> find(PatientId patientId) {
    return queries
        .query(new FindPatientQuery(patientId), ResponseTypes.optionalInstanceOf(PatientView.class))
        .join();
  }

  /** Where a patient stands in the list: newest card first, then by id. */
  record PatientCursor(Instant openedAt, PatientId id) {

    @Override
    public String toString() {
      long micros = openedAt.getEpochSecond() * 1_000_000L + openedAt.getNano() / 1_000;
      return Cursors.encode("p:" + micros + ":" + id);
    }

    static PatientCursor parse(String cursor) {
      String[] parts = Cursors.decode(cursor).split(":", 3);
      try {
        if (parts.length == 3 && parts[0].equals("p")) {
          long micros = Long.parseLong(parts[1]);
          Instant at =
              Instant.ofEpochSecond(
                  Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
          return new PatientCursor(at, PatientId.of(parts[2]));
        }
      } catch (IllegalArgumentException e) {
        // not ours
      }
      throw Cursors.notACursor();
    }
  }
}
