package health.journey.api.patient;

import health.journey.api.personaldata.PersonalDataKind;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the patient events stored before their health and demographic facts were sealed. A value
 * stored in the clear is handed on as {@code {"subject", "kind", "plain"}}: it reads like a sealed
 * value, and reads as erased once the patient's key is destroyed. (The stored bytes themselves are
 * never rewritten: the event store is append-only.)
 */
public final class PatientUpcasters {

  private PatientUpcasters() {}

  /** Every upcaster of the patient feature, oldest revision first. */
  public static List<EventUpcaster> all() {
    return List.of(
        new PlainToSealed(
            CardOpened.class.getName(),
            "1",
            "2",
            PersonalDataKind.DEMOGRAPHIC,
            List.of("sex", "birthDate")),
        new PlainToSealed(
            HealthRecordUpdated.class.getName(),
            "1",
            "2",
            PersonalDataKind.HEALTH,
            List.of(
                "medicalHistory",
                "familyHistory",
                "allergies",
                "medications",
                "lifestyle",
                "measurements")));
  }

  /** Wraps fields an older revision stored in the clear as legacy sealed values. */
  private static final class PlainToSealed extends SingleEventUpcaster {
    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final PersonalDataKind kind;
    private final List<String> fields;

    PlainToSealed(String type, String from, String to, PersonalDataKind kind, List<String> fields) {
      this.from = new SimpleSerializedType(type, from);
      this.to = new SimpleSerializedType(type, to);
      this.kind = kind;
      this.fields = fields;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
      return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(
        IntermediateEventRepresentation representation) {
      return representation.upcastPayload(to, JsonNode.class, this::seal);
    }

    private JsonNode seal(JsonNode payload) {
      ObjectNode event = (ObjectNode) payload;
      String subject = event.path("patientId").asString();
      for (String field : fields) {
        JsonNode plain = event.get(field);
        if (plain != null && !plain.isNull()) {
          ObjectNode legacy = event.objectNode();
          legacy.put("subject", subject);
          legacy.put("kind", kind.name());
          legacy.set("plain", plain);
          event.set(field, legacy);
        }
      }
      return event;
    }
  }
}
