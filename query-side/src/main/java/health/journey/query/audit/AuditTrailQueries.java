package health.journey.query.audit;

import health.journey.api.MetaDataKeys;
import health.journey.api.audit.AuditEntry;
import health.journey.api.audit.AuditTrail;
import health.journey.api.audit.FindAuditTrailQuery;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.Sealed;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A patient's audit trail, read from the event store itself rather than from a projection: every
 * event, in order, with its actor, role and message chain. Payloads are shown with personal data
 * masked.
 */
@Component
class AuditTrailQueries {

  private final EventStore eventStore;
  private final RevisionResolver revisions = new AnnotationRevisionResolver();
  private final JsonMapper maskingMapper =
      JsonMapper.builder()
          .addModule(
              new SimpleModule("MaskedPersonalData")
                  .addSerializer(PersonalData.class, new MaskedPersonalData())
                  .addSerializer(Sealed.class, new MaskedSealed()))
          .build();

  AuditTrailQueries(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @QueryHandler
  AuditTrail handle(FindAuditTrailQuery query) {
    List<AuditEntry> entries = new ArrayList<>();
    DomainEventStream stream = eventStore.readEvents(query.patientId().toString());
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      MetaData metaData = event.getMetaData();
      entries.add(
          new AuditEntry(
              event.getSequenceNumber(),
              event.getIdentifier(),
              event.getPayloadType().getSimpleName(),
              revisions.revisionOf(event.getPayloadType()),
              event.getTimestamp(),
              text(metaData, MetaDataKeys.ACTOR_TYPE),
              text(metaData, MetaDataKeys.ACTOR_ID),
              text(metaData, MetaDataKeys.ACTING_ROLE),
              text(metaData, MetaDataKeys.CORRELATION_ID),
              text(metaData, MetaDataKeys.CAUSATION_ID),
              text(metaData, MetaDataKeys.CLIENT_REQUEST_ID),
              maskingMapper.writeValueAsString(event.getPayload())));
    }
    return new AuditTrail(entries);
  }

  private static String text(MetaData metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }

  @SuppressWarnings("rawtypes")
  private static final class MaskedSealed extends ValueSerializer<Sealed> {
    @Override
    public void serialize(Sealed value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.masked());
    }
  }

  private static final class MaskedPersonalData extends ValueSerializer<PersonalData> {
    @Override
    public void serialize(PersonalData value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.masked());
    }
  }
}
