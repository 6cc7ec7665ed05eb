package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import health.journey.app.platform.graphql.FieldAccess;
import health.journey.app.platform.security.Access;
import health.journey.app.platform.security.AccessKind;
import health.journey.app.platform.security.Permissions;
import health.journey.app.platform.security.StaffRole;
import health.journey.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every field of the schema says what kind of data it shows, and the permission table has a rule
 * for every role and kind: a field or operation added without one fails here (and is refused to
 * everyone at run time).
 */
class PermissionTableTest extends IntegrationTest {

  @Autowired GraphQlSource graphQlSource;

  @Test
  void everyFieldOfTheSchemaDeclaresTheKindOfDataItShows() {
    GraphQLSchema schema = graphQlSource.schema();
    List<String> undeclared = new ArrayList<>();
    int fields = 0;
    for (var type : schema.getAllTypesAsList()) {
      if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
        for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
          fields++;
          if (FieldAccess.kindOf(field, object) == null) {
            undeclared.add(object.getName() + "." + field.getName());
          }
        }
      }
    }
    assertThat(fields).as("fields walked").isGreaterThan(50);
    assertThat(undeclared).as("fields without @access").isEmpty();
  }

  @Test
  void theSchemaNamesTheSameKindsAsThePermissionTable() {
    GraphQLEnumType kinds = (GraphQLEnumType) graphQlSource.schema().getType("AccessKind");
    assertThat(kinds.getValues().stream().map(GraphQLEnumValueDefinition::getName))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(AccessKind.values()).map(Enum::name).toList());
  }

  @Test
  void everyRoleHasARuleForEveryKind() {
    for (StaffRole role : StaffRole.values()) {
      assertThat(Permissions.of(role, AccessKind.PUBLIC)).as(role.name()).isEqualTo(Access.FULL);
    }
    assertThat(Permissions.of(null, AccessKind.PUBLIC)).isEqualTo(Access.NONE);
    assertThat(Permissions.of(StaffRole.ADMIN, AccessKind.RECORD)).isEqualTo(Access.NONE);
    assertThat(Permissions.of(StaffRole.OPERATIONS, AccessKind.IDENTITY)).isEqualTo(Access.MASKED);
    assertThat(Permissions.of(StaffRole.CUSTOMER_SERVICE, AccessKind.CLINICAL))
        .isEqualTo(Access.NONE);
  }
}
