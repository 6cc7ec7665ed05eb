package health.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import health.journey.api.personaldata.InMemorySubjectKeys;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
            .filter(c -> c.isAssignableTo(PatientEvent.class) && !c.isInterface())
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
    }
    // compared as text: the same JSON, whatever number types the two trees chose
    assertThat(JSON.writeValueAsString(event))
        .isEqualTo(JSON.writeValueAsString(golden.path("payload")));
  }

  @ParameterizedTest
  @MethodSource("eventClasses")
  void everyEventNamesItsPatientAndWhenItHappened(Class<?> eventClass) {
    List<String> names =
        Stream.of(eventClass.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(names).contains("patientId", "occurredAt");
  }

  private static Object invoke(RecordComponent component, Object target) {
    try {
      return component.getAccessor().invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
