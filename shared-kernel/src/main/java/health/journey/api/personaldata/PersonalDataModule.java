package health.journey.api.personaldata;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches a Jackson mapper to store {@link PersonalData} and {@link Sealed} values sealed: {@code
 * {"subject":…,"kind":…,"sealed":"v1.…"}}. Reading never opens a value (that happens when it is
 * first needed) and never fails on an erased subject.
 */
public final class PersonalDataModule extends SimpleModule {

  public PersonalDataModule(PersonalDataCipher cipher) {
    super("PersonalDataModule");
    addSerializer(PersonalData.class, new Writer(cipher));
    addDeserializer(PersonalData.class, new Reader(cipher));
    addSerializer(Sealed.class, new SealedWriter(cipher));
    addDeserializer(Sealed.class, new SealedReader(cipher, null));
  }

  @SuppressWarnings("rawtypes")
  private static final class SealedWriter extends ValueSerializer<Sealed> {
    private final PersonalDataCipher cipher;

    SealedWriter(PersonalDataCipher cipher) {
      this.cipher = cipher;
    }

    @Override
    public void serialize(Sealed value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("subject", value.subject());
      gen.writeStringProperty("kind", value.kind().name());
      gen.writeStringProperty("sealed", value.sealedWith(cipher));
      gen.writeEndObject();
    }
  }

  /**
   * Reads a sealed value of the type its property declares ({@code Sealed<LocalDate>}); a value an
   * older revision stored in the clear arrives from its upcaster as {@code {"subject", "kind",
   * "plain"}}.
   */
  @SuppressWarnings("rawtypes")
  private static final class SealedReader extends ValueDeserializer<Sealed> {
    private final PersonalDataCipher cipher;
    private final JavaType valueType;

    SealedReader(PersonalDataCipher cipher, JavaType valueType) {
      this.cipher = cipher;
      this.valueType = valueType;
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      JavaType sealed = property != null ? property.getType() : ctxt.getContextualType();
      JavaType contained = sealed == null ? null : sealed.containedType(0);
      return new SealedReader(
          cipher, contained == null ? ctxt.constructType(Object.class) : contained);
    }

    @Override
    public Sealed deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode node = ctxt.readTree(p);
      String subject = node.path("subject").asString(null);
      PersonalDataKind kind =
          Reader.kindOf(node.path("kind").asString(PersonalDataKind.HEALTH.name()));
      if (subject != null && node.has("plain")) {
        return Sealed.legacy(subject, kind, node.get("plain"), valueType, cipher);
      }
      String sealed = node.path("sealed").asString(null);
      if (subject == null || sealed == null) {
        return ctxt.reportInputMismatch(
            Sealed.class, "A sealed value needs 'subject' and 'sealed'");
      }
      return Sealed.read(PersonalData.sealed(subject, kind, sealed, cipher), valueType);
    }
  }

  private static final class Writer extends ValueSerializer<PersonalData> {
    private final PersonalDataCipher cipher;

    Writer(PersonalDataCipher cipher) {
      this.cipher = cipher;
    }

    @Override
    public void serialize(PersonalData value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("subject", value.subject());
      gen.writeStringProperty("kind", value.kind().name());
      gen.writeStringProperty("sealed", value.sealedWith(cipher));
      gen.writeEndObject();
    }
  }

  private static final class Reader extends ValueDeserializer<PersonalData> {
    private final PersonalDataCipher cipher;

    Reader(PersonalDataCipher cipher) {
      this.cipher = cipher;
    }

    @Override
    public PersonalData deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode node = ctxt.readTree(p);
      String subject = node.path("subject").asString(null);
      String kind = node.path("kind").asString(PersonalDataKind.FREE_TEXT.name());
      String sealed = node.path("sealed").asString(null);
      if (subject == null || sealed == null) {
        return ctxt.reportInputMismatch(
            PersonalData.class, "Sealed personal data needs 'subject' and 'sealed'");
      }
      return PersonalData.sealed(subject, kindOf(kind), sealed, cipher);
    }

    static PersonalDataKind kindOf(String name) {
      try {
        return PersonalDataKind.valueOf(name);
      } catch (IllegalArgumentException unknownKind) {
        return PersonalDataKind.FREE_TEXT;
      }
    }
  }
}
