package health.journey.app.platform.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's custom scalars: DateTime (ISO-8601 instant), Date (ISO-8601 date), Decimal (exact
 * number).
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

  /** The messages of our scalars' coercion errors: none quotes the value it refused. */
  static final java.util.List<String> MESSAGES =
      java.util.List.of(
          "DateTime must be an ISO-8601 date and time with offset, e.g. 2026-03-01T08:00:00Z",
          "DateTime must be a string: an ISO-8601 date and time with offset, e.g. 2026-03-01T08:00:00Z",
          "Date must be an ISO-8601 date, e.g. 1981-05-04",
          "Date must be a string: an ISO-8601 date, e.g. 1981-05-04",
          DecimalCoercing.NOT_A_DECIMAL,
          DecimalCoercing.OUT_OF_BOUNDS);

  static final GraphQLScalarType DATE_TIME =
      scalar(
          "DateTime",
          "an ISO-8601 date and time with offset, e.g. 2026-03-01T08:00:00Z",
          text -> OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS),
          value -> value instanceof Instant i ? i.toString() : null);

  static final GraphQLScalarType DATE =
      scalar(
          "Date",
          "an ISO-8601 date, e.g. 1981-05-04",
          LocalDate::parse,
          value -> value instanceof LocalDate d ? d.toString() : null);

  static final GraphQLScalarType DECIMAL =
      GraphQLScalarType.newScalar().name("Decimal").coercing(new DecimalCoercing()).build();

  @Bean
  RuntimeWiringConfigurer scalarWiring() {
    return wiring -> wiring.scalar(DATE_TIME).scalar(DATE).scalar(DECIMAL);
  }

  private static GraphQLScalarType scalar(
      String name,
      String expected,
      Function<String, Object> parse,
      Function<Object, String> print) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .coercing(
            new Coercing<Object, String>() {
              @Override
              public String serialize(Object value, GraphQLContext context, Locale locale) {
                String text = print.apply(value);
                if (text == null) {
                  throw new CoercingSerializeException(name + " cannot show " + value);
                }
                return text;
              }

              @Override
              public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                  try {
                    return parse.apply(text);
                  } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(name + " must be " + expected);
                  }
                }
                throw new CoercingParseValueException(name + " must be a string: " + expected);
              }

              @Override
              public Object parseLiteral(
                  Value<?> input,
                  CoercedVariables variables,
                  GraphQLContext context,
                  Locale locale) {
                if (input instanceof StringValue text) {
                  try {
                    return parse.apply(text.getValue());
                  } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(name + " must be " + expected);
                  }
                }
                throw new CoercingParseLiteralException(name + " must be a string: " + expected);
              }
            })
        .build();
  }

  private static final class DecimalCoercing implements Coercing<BigDecimal, BigDecimal> {
    @Override
    public BigDecimal serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof BigDecimal d) {
        return d;
      }
      if (value instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      throw new CoercingSerializeException("Decimal cannot show " + value);
    }

    @Override
    public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
      try {
        if (input instanceof Number || input instanceof String) {
          BigDecimal value = new BigDecimal(input.toString().strip());
          if (!withinBounds(value)) {
            throw new CoercingParseValueException(OUT_OF_BOUNDS);
          }
          return value;
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw new CoercingParseValueException(NOT_A_DECIMAL);
    }

    @Override
    public BigDecimal parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      BigDecimal value = null;
      try {
        if (input instanceof IntValue i) {
          value = new BigDecimal(i.getValue());
        } else if (input instanceof FloatValue f) {
          value = f.getValue();
        } else if (input instanceof StringValue s) {
          value = new BigDecimal(s.getValue().strip());
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      if (value == null) {
        throw new CoercingParseLiteralException(NOT_A_DECIMAL);
      }
      if (!withinBounds(value)) {
        throw new CoercingParseLiteralException(OUT_OF_BOUNDS);
      }
      return value;
    }

    static final String NOT_A_DECIMAL = "a Decimal must be a number, e.g. 79.5";
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_DECIMAL_PLACES = 6;
    static final String OUT_OF_BOUNDS =
        "a Decimal has at most "
            + MAX_INTEGER_DIGITS
            + " digits before the point and "
            + MAX_DECIMAL_PLACES
            + " after it";

    /** Keeps every decimal a client sends within what is plausible and what PostgreSQL stores. */
    private static boolean withinBounds(BigDecimal value) {
      BigDecimal significant = value.stripTrailingZeros();
      return significant.scale() <= MAX_DECIMAL_PLACES
          && significant.precision() - significant.scale() <= MAX_INTEGER_DIGITS;
    }
  }
}
