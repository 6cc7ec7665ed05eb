package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.DirectiveDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.Node;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SourceLocation;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.parser.MultiSourceReader;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The schema is the documentation client developers read: every type, field, input field, argument,
 * enum, scalar and directive of the SDL the application serves has a description. The SDL is read
 * from the classpath, from where the application reads it, without starting the application. An
 * element added without a description fails here, named with its file and line. Enum values may go
 * without one where their name says it all.
 */
class SchemaDescriptionsTest {

  /** Where the application reads its SDL from ({@code spring.graphql.schema.locations}). */
  private static final String SDL = "classpath*:graphql/**/*.graphqls";

  @Test
  void everyElementOfTheSchemaHasADescription() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources(SDL);
    assertThat(files).extracting(Resource::getFilename).contains("schema.graphqls");
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    for (Resource file : files) {
      try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
        registry.merge(parse(reader, file.getFilename()));
      }
    }
    Walk walk = walk(registry);
    assertThat(walk.elements()).as("elements walked").isGreaterThan(400);
    assertThat(walk.undescribed()).as("schema elements without a description").isEmpty();
  }

  @Test
  void anElementWithoutADescriptionIsNamed() {
    TypeDefinitionRegistry registry =
        parse(
            new StringReader(
                """
                "A described type."
                type Thing {
                  "A described field."
                  name(style: String): String
                  size: Int
                }
                extend type Thing { colour: String }
                input ThingInput { name: String }
                enum Shape { ROUND }
                scalar Weight
                directive @mark(label: String) on FIELD_DEFINITION
                """),
            "test.graphqls");
    assertThat(walk(registry).undescribed())
        .containsExactlyInAnyOrder(
            "Thing.name(style) (test.graphqls:4)",
            "Thing.size (test.graphqls:5)",
            "Thing.colour (test.graphqls:7)",
            "ThingInput (test.graphqls:8)",
            "ThingInput.name (test.graphqls:8)",
            "Shape (test.graphqls:9)",
            "Weight (test.graphqls:10)",
            "@mark (test.graphqls:11)",
            "@mark(label) (test.graphqls:11)");
  }

  private static TypeDefinitionRegistry parse(Reader reader, String name) {
    return new SchemaParser()
        .parse(MultiSourceReader.newMultiSourceReader().reader(reader, name).build());
  }

  /** How many elements were looked at, and those without a description. */
  private record Walk(int elements, List<String> undescribed) {}

  private static Walk walk(TypeDefinitionRegistry registry) {
    Walker walker = new Walker();
    for (TypeDefinition<?> type : registry.types().values()) {
      walker.check(type, type.getName());
      walker.members(type);
    }
    registry.objectTypeExtensions().values().forEach(list -> list.forEach(walker::members));
    registry.interfaceTypeExtensions().values().forEach(list -> list.forEach(walker::members));
    registry.inputObjectTypeExtensions().values().forEach(list -> list.forEach(walker::members));
    for (ScalarTypeDefinition scalar : registry.scalars().values()) {
      if (!ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName())) {
        walker.check(scalar, scalar.getName());
      }
    }
    for (DirectiveDefinition directive : registry.getDirectiveDefinitions().values()) {
      if (!DirectiveInfo.isGraphqlSpecifiedDirective(directive.getName())) {
        String name = "@" + directive.getName();
        walker.check(directive, name);
        walker.arguments(directive.getInputValueDefinitions(), name);
      }
    }
    return new Walk(walker.elements, List.copyOf(walker.undescribed));
  }

  private static final class Walker {

    private int elements;
    private final List<String> undescribed = new ArrayList<>();

    /** The fields (and their arguments) or input fields of a type or type extension. */
    void members(TypeDefinition<?> type) {
      if (type instanceof ObjectTypeDefinition object) {
        fields(object.getFieldDefinitions(), type.getName());
      } else if (type instanceof InterfaceTypeDefinition face) {
        fields(face.getFieldDefinitions(), type.getName());
      } else if (type instanceof InputObjectTypeDefinition input) {
        for (InputValueDefinition field : input.getInputValueDefinitions()) {
          check(field, type.getName() + "." + field.getName());
        }
      } else if (!(type instanceof EnumTypeDefinition || type instanceof UnionTypeDefinition)) {
        throw new AssertionError("a kind of type this test does not know: " + type);
      }
    }

    void fields(List<FieldDefinition> fields, String typeName) {
      for (FieldDefinition field : fields) {
        String name = typeName + "." + field.getName();
        check(field, name);
        arguments(field.getInputValueDefinitions(), name);
      }
    }

    void arguments(List<InputValueDefinition> arguments, String owner) {
      for (InputValueDefinition argument : arguments) {
        check(argument, owner + "(" + argument.getName() + ")");
      }
    }

    void check(Node<?> node, String name) {
      elements++;
      Description description =
          node instanceof DescribedNode<?> described ? described.getDescription() : null;
      if (description == null || description.getContent().isBlank()) {
        SourceLocation at = node.getSourceLocation();
        undescribed.add(
            name + (at == null ? "" : " (" + at.getSourceName() + ":" + at.getLine() + ")"));
      }
    }
  }
}
