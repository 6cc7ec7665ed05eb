package health.journey.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's identity: a server-generated UUID, or a name-based UUID of a source system's id for
 * imports, so the same source record always maps to the same patient. An ID-card number is data,
 * never an id.
 */
public record PatientId(UUID value) {

  public PatientId {
    Objects.requireNonNull(value, "value");
  }

  public static PatientId random() {
    return new PatientId(UUID.randomUUID());
  }

  /**
   * The patient id for a record of another system: the same {@code system} and {@code sourceId}
   * always give the same id.
   */
  public static PatientId fromSource(String system, String sourceId) {
    String name = "patient-journey:source:" + system.strip() + ":" + sourceId.strip();
    return new PatientId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }

  /** Parses client input, failing with a message that names {@code field}. */
  public static PatientId parse(String text, String field) {
    InvalidInput.require(text != null && !text.isBlank(), field, field + " is required");
    try {
      UUID uuid = UUID.fromString(text.strip());
      if (!uuid.toString().equalsIgnoreCase(text.strip())) {
        throw new IllegalArgumentException("not canonical");
      }
      return new PatientId(uuid);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          field, field + " '" + abbreviate(text) + "' is not a patient id (expected a UUID)");
    }
  }

  @JsonCreator
  public static PatientId of(String value) {
    return new PatientId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
