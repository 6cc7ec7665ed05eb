package health.journey.app.platform.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.Sealed;
import health.journey.app.platform.security.Access;
import health.journey.app.platform.security.AccessKind;
import health.journey.app.platform.security.Disclosure;
import health.journey.app.platform.security.Permissions;
import health.journey.app.platform.security.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every field of the schema checks, by itself, that the caller's role may read the kind of data it
 * shows (its {@code @access(kind: …)}, on the field or on its type), by the permission table; and
 * the personal data it answers is shown as the table says, in full or masked. A field that declares
 * no kind is refused for everyone. Nested fields are checked themselves, not trusted to their
 * parent's check.
 */
@Configuration(proxyBeanMethods = false)
public class FieldAccess {

  static final String DIRECTIVE = "access";

  @Bean
  GraphQlSourceBuilderCustomizer guardedFields() {
    return builder -> builder.typeVisitors(List.of(new Guard()));
  }

  private static final class Guard extends GraphQLTypeVisitorStub {
    @Override
    public TraversalControl visitGraphQLFieldDefinition(
        GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
      if (!(context.getParentNode() instanceof GraphQLObjectType type)
          || type.getName().startsWith("__")) {
        return TraversalControl.CONTINUE;
      }
      GraphQLCodeRegistry.Builder registry =
          context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
      FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
      AccessKind kind = kindOf(field, type);
      if (kind == AccessKind.PUBLIC) {
        return TraversalControl.CONTINUE;
      }
      DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
      Guarded guarded = new Guarded(kind, fetcher);
      // A guard around a plain property read stays plain: the guard reads the caller from the
      // GraphQL context, so it needs no thread-local context propagated for every field.
      registry.dataFetcher(
          coordinates,
          fetcher instanceof TrivialDataFetcher<?>
              ? (TrivialDataFetcher<Object>) guarded::get
              : guarded);
      return TraversalControl.CONTINUE;
    }
  }

  /** The kind of data a field shows: its own {@code @access}, or its type's; null when neither. */
  public static AccessKind kindOf(GraphQLFieldDefinition field, GraphQLObjectType type) {
    AccessKind own = declaredOn(field);
    return own != null ? own : declaredOn(type);
  }

  private static AccessKind declaredOn(GraphQLDirectiveContainer element) {
    GraphQLAppliedDirective directive = element.getAppliedDirective(DIRECTIVE);
    if (directive == null) {
      return null;
    }
    Object value = directive.getArgument("kind").getValue();
    return AccessKind.valueOf(value.toString());
  }

  /** A field's fetcher behind the permission table's check. */
  private record Guarded(AccessKind kind, DataFetcher<?> delegate) implements DataFetcher<Object> {

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
      StaffRole role = Viewer.role(env);
      if (kind == null || Permissions.of(role, kind) == Access.NONE) {
        throw new AccessDeniedException(
            env.getExecutionStepInfo().getObjectType().getName() + "." + env.getField().getName());
      }
      Object value = delegate.get(env);
      if (value instanceof CompletionStage<?> pending) {
        return pending.thenApply(v -> shown(v, role));
      }
      return shown(value, role);
    }

    private static Object shown(Object value, StaffRole role) {
      if (value instanceof PersonalData personal) {
        return Disclosure.show(personal, role);
      }
      if (value instanceof Sealed<?> sealed) {
        return Disclosure.show(sealed, role);
      }
      if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof PersonalData) {
        List<String> shown = new ArrayList<>(list.size());
        for (Object item : list) {
          shown.add(Disclosure.show((PersonalData) item, role));
        }
        return shown;
      }
      return value;
    }
  }
}
