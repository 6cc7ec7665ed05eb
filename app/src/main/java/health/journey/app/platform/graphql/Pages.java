package health.journey.app.platform.graphql;

import graphql.language.IntValue;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import health.journey.api.InvalidInput;

/**
 * The page of a connection, and how big a page a client may ask for: the schema says it ({@code
 * first: Int = 20 @pageSize(max: 100)}), so clients read it where they read the rest.
 */
public final class Pages {

  private Pages() {}

  /** The page size the field's {@code first} asks for (its default when not given), checked. */
  public static int size(DataFetchingEnvironment env) {
    Integer first = env.getArgument("first");
    int max = largest(env.getFieldDefinition());
    int n = first != null ? first : defaultOf(env.getFieldDefinition().getArgument("first"), max);
    InvalidInput.require(n >= 1 && n <= max, "first", "first must be an Int between 1 and " + max);
    return n;
  }

  /** The largest page a field serves, by its {@code @pageSize}; 0 when it is not paged. */
  public static int largest(GraphQLFieldDefinition field) {
    GraphQLArgument first = field == null ? null : field.getArgument("first");
    GraphQLAppliedDirective size = first == null ? null : first.getAppliedDirective("pageSize");
    if (size == null) {
      return 0;
    }
    Object max = size.getArgument("max").getValue();
    return max instanceof Number n ? n.intValue() : 0;
  }

  /** The default of {@code first} in the schema (e.g. 20), for a client that sends it as null. */
  private static int defaultOf(GraphQLArgument first, int fallback) {
    Object value = first.getArgumentDefaultValue().getValue();
    if (value instanceof IntValue literal) {
      return literal.getValue().intValue();
    }
    return value instanceof Number n ? n.intValue() : fallback;
  }

  /** Where a page ends, for a client to ask for the next. */
  public record PageInfo(boolean hasNextPage, String endCursor) {}
}
