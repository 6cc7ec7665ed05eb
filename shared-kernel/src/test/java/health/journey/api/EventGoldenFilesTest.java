package health.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import health.journey.api.patient.PatientUpcasters;
import health.journey.api.personaldata.InMemorySubjectKeys;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.Sealed;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored events live forever. For every event class and its current revision a golden file holds
 * the JSON as the application stored it; it must still read, with its personal data (whose keys are
 * not here) reading as erased, and written back it must give the same JSON. A renamed, moved or
 * reshaped event fails here until it gets a new revision, an upcaster and a golden file of its own.
 */
class EventGoldenFilesTest {

  private static final JsonMapper JSON =
      EventJson.configure(JsonMapper.builder(), new PersonalDataCipher(new InMemorySubjectKeys()))
          .build();

  static Stream<Class<?>> eventClasses() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("health.journey.api")
            .stream()
            .filter(c -> c.isAssignableTo(JourneyEvent.class) && !c.isInterface())
            .map(JavaClass::reflect);
  }

  @ParameterizedTest
  @MethodSource("eventClasses")
  void everyEventRevisionHasAGoldenFileThatStillReads(Class<?> eventClass) throws IOException {
    Revision revision = eventClass.getAnnotation(Revision.class);
    assertThat(revision).as(eventClass + " carries @Revision").isNotNull();
    String file = "/events/" + eventClass.getSimpleName() + ".v" + revision.value() + ".json";
    JsonNode golden;
    try (InputStream in = getClass().getResourceAsStream(file)) {
      assertThat(in).as("golden file " + file).isNotNull();
      golden = JSON.readTree(in);
    }
    assertThat(golden.path("type").asString()).isEqualTo(eventClass.getName());
    assertThat(golden.path("revision").asString()).isEqualTo(revision.value());

    Object event = JSON.treeToValue(golden.path("payload"), eventClass);

    for (RecordComponent component : eventClass.getRecordComponents()) {
      assertThat(golden.path("payload").has(component.getName()))
          .as(eventClass.getSimpleName() + "." + component.getName() + " is in the golden file")
          .isTrue();
      Object value = invoke(component, event);
      if (value instanceof PersonalData personal) {
        assertThat(personal.isErased()).isTrue();
        assertThat(personal.toString()).isEqualTo("[erased]");
      }
      if (value instanceof Sealed<?> sealed) {
        assertThat(sealed.isErased()).isTrue();
        assertThat(sealed.toString()).isEqualTo("[erased]");
      }
    }
    // compared as text: the same JSON, whatever number types the two trees chose
    assertThat(JSON.writeValueAsString(event))
        .isEqualTo(JSON.writeValueAsString(golden.path("payload")));
  }

  /** Golden files of revisions older than the current one: each reads through its upcasters. */
  static Stream<String> olderRevisions() {
    return Stream.of("CardOpened.v1.json", "HealthRecordUpdated.v1.json");
  }

  @ParameterizedTest
  @MethodSource("olderRevisions")
  void everyOlderRevisionReadsThroughItsUpcasters(String file) throws Exception {
    InMemorySubjectKeys keys = new InMemorySubjectKeys();
    PersonalDataCipher cipher = new PersonalDataCipher(keys);
    Jackson3Serializer serializer =
        Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> EventJson.configure(builder, cipher))
            .build();
    JsonNode golden;
    try (InputStream in = getClass().getResourceAsStream("/events/" + file)) {
      golden = JSON.readTree(in);
    }
    String patient = golden.at("/payload/patientId").asString();
    keys.keyFor(patient);
    GenericDomainEventEntry<byte[]> stored =
        new GenericDomainEventEntry<>(
            "Patient",
            patient,
            0,
            "golden-" + file,
            Instant.parse("2026-11-24T19:29:24Z"),
            golden.path("type").asString(),
            golden.path("revision").asString(),
            JSON.writeValueAsBytes(golden.path("payload")),
            "{}".getBytes(StandardCharsets.UTF_8));
    IntermediateEventRepresentation upcasted =
        new EventUpcasterChain(PatientUpcasters.all())
            .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
            .findFirst()
            .orElseThrow();
    Class<?> eventClass =
        Class.forName(golden.path("type").asString(), true, getClass().getClassLoader());
    assertThat(upcasted.getType().getRevision())
        .isEqualTo(eventClass.getAnnotation(Revision.class).value());
    Object event = serializer.deserialize(upcasted.getData());
    assertThat(event).isInstanceOf(eventClass);

    // every value the older revision held in the clear reads back as it was, sealed from now on
    for (RecordComponent component : eventClass.getRecordComponents()) {
      Object value = invoke(component, event);
      JsonNode plain = golden.path("payload").path(component.getName());
      if (value instanceof Sealed<?> sealed) {
        // a value added to the part since holds null in what the older revision stored
        assertThat(withoutNulls(JSON.valueToTree(sealed.reveal().orElseThrow())).toString())
            .as(component.getName())
            .isEqualTo(withoutNulls(plain).toString());
        assertThat(sealed.toString()).doesNotContain(plain.asString("\u0000"));
        assertThat(serializer.serialize(event, String.class).getData())
            .doesNotContain("\"" + component.getName() + "\":" + plain);
      }
    }
    // and once the patient's key is destroyed, it reads as erased like every sealed value
    keys.destroy(patient);
    for (RecordComponent component : eventClass.getRecordComponents()) {
      if (invoke(component, event) instanceof Sealed<?> sealed) {
        assertThat(sealed.isErased()).as(component.getName()).isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("eventClasses")
  void everyEventSaysWhenItHappenedAndEveryPatientEventNamesItsPatient(Class<?> eventClass) {
    List<String> names =
        Stream.of(eventClass.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(names).contains("occurredAt");
    if (PatientEvent.class.isAssignableFrom(eventClass)) {
      assertThat(names).contains("patientId");
    }
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = object.deepCopy();
      List<String> nulls =
          copy.properties().stream()
              .filter(e -> e.getValue().isNull())
              .map(Map.Entry::getKey)
              .toList();
      nulls.forEach(copy::remove);
      return copy;
    }
    return node;
  }

  private static Object invoke(RecordComponent component, Object target) {
    try {
      return component.getAccessor().invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
