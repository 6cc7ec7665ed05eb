package health.journey.app.platform.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON scalar: any JSON value, taken as maps, lists and plain values; a value shown is first
 * turned into that shape (a record becomes an object).
 */
@Configuration(proxyBeanMethods = false)
class JsonScalar {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final GraphQLScalarType TYPE =
      GraphQLScalarType.newScalar()
          .name("JSON")
          .coercing(
              new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                  if (value == null
                      || value instanceof Map<?, ?>
                      || value instanceof List<?>
                      || value instanceof String
                      || value instanceof Number
                      || value instanceof Boolean) {
                    return value;
                  }
                  return JSON.convertValue(value, Object.class);
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                  return input;
                }

                @Override
                public Object parseLiteral(
                    Value<?> input,
                    CoercedVariables variables,
                    GraphQLContext context,
                    Locale locale) {
                  return literal(input, variables);
                }
              })
          .build();

  @Bean
  RuntimeWiringConfigurer jsonScalarWiring() {
    return wiring -> wiring.scalar(TYPE);
  }

  private static Object literal(Value<?> input, CoercedVariables variables) {
    if (input instanceof NullValue) {
      return null;
    }
    if (input instanceof StringValue s) {
      return s.getValue();
    }
    if (input instanceof BooleanValue b) {
      return b.isValue();
    }
    if (input instanceof IntValue i) {
      return i.getValue();
    }
    if (input instanceof FloatValue f) {
      return f.getValue();
    }
    if (input instanceof EnumValue e) {
      return e.getName();
    }
    if (input instanceof ArrayValue array) {
      List<Object> list = new ArrayList<>();
      array.getValues().forEach(v -> list.add(literal(v, variables)));
      return list;
    }
    if (input instanceof ObjectValue object) {
      Map<String, Object> map = new LinkedHashMap<>();
      object.getObjectFields().forEach(f -> map.put(f.getName(), literal(f.getValue(), variables)));
      return map;
    }
    if (input instanceof VariableReference reference) {
      return variables.get(reference.getName());
    }
    throw new CoercingParseLiteralException("JSON must be a JSON value");
  }
}
