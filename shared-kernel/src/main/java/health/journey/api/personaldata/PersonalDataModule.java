package health.journey.api.personaldata;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches a Jackson mapper to store {@link PersonalData} sealed: {@code
 * {"subject":…,"kind":…,"sealed":"v1.…"}}. Reading never opens a value (that happens when it is
 * first needed) and never fails on an erased subject.
 */
public final class PersonalDataModule extends SimpleModule {

  public PersonalDataModule(PersonalDataCipher cipher) {
    super("PersonalDataModule");
    addSerializer(PersonalData.class, new Writer(cipher));
    addDeserializer(PersonalData.class, new Reader(cipher));
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

    private static PersonalDataKind kindOf(String name) {
      try {
        return PersonalDataKind.valueOf(name);
      } catch (IllegalArgumentException unknownKind) {
        return PersonalDataKind.FREE_TEXT;
      }
    }
  }
}
