package health.journey.app.audit;

import health.journey.api.PatientId;
import health.journey.api.audit.AuditEntry;
import health.journey.api.audit.AuditTrail;
import health.journey.api.audit.FindAuditTrailQuery;
import health.journey.api.patient.UnknownPatient;
import health.journey.app.platform.graphql.PlainFields;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** A patient's audit trail: every stored event, read from the event store itself. */
@Controller
class AuditController {

  private final QueryGateway queries;

  AuditController(QueryGateway queries) {
    this.queries = queries;
  }

  @QueryMapping
  List<AuditEntry> auditTrail(@Argument String patientId) {
    PatientId id = PatientId.parse(patientId, "patientId");
    List<AuditEntry> entries =
        queries.query(new FindAuditTrailQuery(id), AuditTrail.class).join().entries();
    if (entries.isEmpty()) {
      throw new UnknownPatient(id);
    }
    return entries;
  }

  @Bean
  static RuntimeWiringConfigurer auditEntryFields() {
    return wiring ->
        wiring.type(
            "AuditEntry",
            type ->
                type.dataFetcher("actor", PlainFields.of(AuditEntry.class, AuditEntry::actorId))
                    .dataFetcher(
                        "payload", PlainFields.of(AuditEntry.class, AuditEntry::payloadJson)));
  }
}
