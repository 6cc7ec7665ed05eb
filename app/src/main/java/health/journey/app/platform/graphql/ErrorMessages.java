package health.journey.app.platform.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The errors graphql-java raises before anything runs (a document that does not parse, does not fit
 * the schema, or holds a value of the wrong type) say what was expected in plain words, naming the
 * argument or variable, and never repeat a value the client sent (graphql-java's own messages quote
 * them, with its internal names: {@code IntValue{value=…}}). The classification and the location
 * stay.
 */
@Component
class ErrorMessages implements WebGraphQlInterceptor {

  private static final Pattern ARGUMENT =
      Pattern.compile(
          "argument '(?<arg>[\\w.\\[\\]]+)' with value '.*' (?:(?<isNull>must not be null)"
              + "|is not a valid '(?<type>\\w+)'.*"
              + "|(?<notObject>must be an object type)"
              + "|is missing required fields '\\[(?<fields>[\\w, ]*)]'"
              + "|contains a field not in '(?<in>\\w+)': '(?<field>\\w+)')$",
          Pattern.DOTALL);

  private static final Pattern VARIABLE =
      Pattern.compile("Variable '(?<var>\\w+)' has (?<rest>.*)$", Pattern.DOTALL);

  private static final Pattern ENUM = Pattern.compile("enum '(?<type>\\w+)'");
  private static final Pattern TYPE = Pattern.compile("type '(?<type>\\w+)'");
  private static final Pattern NON_NULL =
      Pattern.compile("coerced Null value for NonNull type '(?<type>[\\w!\\[\\]]+)'");

  private static final Pattern NAMES_ONLY =
      Pattern.compile(
          "Validation error \\((?<kind>\\w+)(?:@\\[[^\\]]*])?\\) : (?<message>[^']*(?:'[\\w.\\[\\]!]*'[^']*)*)");

  /** Validation errors whose messages quote only names (fields, types, arguments, variables). */
  private static final List<String> ABOUT_NAMES_ONLY =
      List.of(
          "FieldUndefined",
          "UnknownArgument",
          "UnknownType",
          "UnknownDirective",
          "MissingFieldArgument",
          "SubselectionRequired",
          "SubselectionNotAllowed",
          "UndefinedVariable",
          "UnusedVariable",
          "UndefinedFragment",
          "UnusedFragment",
          "DuplicateOperationName",
          "DuplicateFragmentName",
          "DuplicateArgumentNames",
          "DuplicateVariableName",
          "VariableTypeMismatch",
          "NonInputTypeOnVariable",
          "InvalidFragmentType",
          "FieldsConflict",
          "LoneAnonymousOperationViolation",
          "MisplacedDirective",
          "DuplicateDirectiveName",
          "InvalidSyntax",
          "NullValueForNonNullArgument");

  private final GraphQlSource source;

  ErrorMessages(GraphQlSource source) {
    this.source = source;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(this::plain);
  }

  private WebGraphQlResponse plain(WebGraphQlResponse response) {
    List<ResponseError> errors = response.getErrors();
    if (errors.stream().noneMatch(ErrorMessages::fromTheEngine)) {
      return response;
    }
    List<GraphQLError> rewritten = new ArrayList<>(errors.size());
    for (ResponseError error : errors) {
      GraphqlErrorBuilder<?> builder =
          GraphqlErrorBuilder.newError()
              .message(fromTheEngine(error) ? plainMessage(error) : error.getMessage())
              .locations(error.getLocations())
              .errorType(error.getErrorType())
              .extensions(error.getExtensions());
      if (!error.getParsedPath().isEmpty()) {
        builder.path(error.getParsedPath());
      }
      rewritten.add(builder.build());
    }
    return response.transform(builder -> builder.errors(rewritten));
  }

  private static boolean fromTheEngine(ResponseError error) {
    ErrorClassification type = error.getErrorType();
    String name = type == null ? "" : type.toString();
    return name.equals("ValidationError") || name.equals("InvalidSyntax");
  }

  /** The error in plain words: the argument or variable named, what was expected, no value. */
  String plainMessage(ResponseError error) {
    String message = error.getMessage() == null ? "" : error.getMessage();
    Matcher argument = ARGUMENT.matcher(message);
    if (argument.find()) {
      String arg = argument.group("arg");
      if (argument.group("isNull") != null) {
        return arg + " must not be null";
      }
      if (argument.group("type") != null) {
        return arg + " must be " + expected(argument.group("type"), arg, pageSize(message));
      }
      if (argument.group("notObject") != null) {
        return arg + " must be an object with the fields of its input type";
      }
      if (argument.group("fields") != null) {
        return arg + " is missing required fields: " + argument.group("fields");
      }
      return arg
          + " has a field "
          + argument.group("in")
          + " does not have: "
          + argument.group("field");
    }
    Matcher variable = VARIABLE.matcher(message);
    if (variable.find()) {
      return "Variable " + variable.group("var") + " " + aboutVariable(variable.group("rest"));
    }
    if (message.startsWith("Invalid syntax")
        || "InvalidSyntax".equals(String.valueOf(error.getErrorType()))) {
      return "The query is not valid GraphQL" + where(error);
    }
    Matcher names = NAMES_ONLY.matcher(message);
    if (names.matches() && ABOUT_NAMES_ONLY.contains(names.group("kind"))) {
      return names.group("message");
    }
    return "The query does not fit the schema"
        + where(error)
        + (names.lookingAt() ? " (" + names.group("kind") + ")" : "");
  }

  private String aboutVariable(String rest) {
    Matcher nonNull = NON_NULL.matcher(rest);
    if (nonNull.find()) {
      return "is missing a required value (" + nonNull.group("type") + ")";
    }
    Matcher enumeration = ENUM.matcher(rest);
    if (enumeration.find()) {
      return "holds a value that must be " + expected(enumeration.group("type"), null, 0);
    }
    for (String own : Scalars.MESSAGES) {
      if (rest.endsWith(own)) {
        return "holds a value of the wrong kind: " + own;
      }
    }
    if (rest.contains("integer range")) {
      return "holds a value that must be " + expected("Int", null, 0);
    }
    Matcher type = TYPE.matcher(rest);
    if (type.find()) {
      return "holds a value that must be " + expected(type.group("type"), null, 0);
    }
    return "holds a value its declared type does not accept";
  }

  /** What a value of the type must be, in words (an enum's values, a scalar's form). */
  private String expected(String typeName, String argument, int pageSize) {
    GraphQLSchema schema = source.schema();
    GraphQLType type = schema.getType(typeName);
    if (type instanceof GraphQLEnumType enumeration) {
      return "one of "
          + enumeration.getValues().stream()
              .map(GraphQLEnumValueDefinition::getName)
              .collect(Collectors.joining(", "));
    }
    return switch (typeName) {
      case "Int" ->
          "first".equals(argument) && pageSize > 0
              ? "an Int between 1 and " + pageSize
              : "an Int (a whole number from -2147483648 to 2147483647)";
      case "Float" -> "a Float (a number)";
      case "String" -> "a String";
      case "Boolean" -> "a Boolean (true or false)";
      case "ID" -> "an ID (a string)";
      default ->
          type instanceof GraphQLScalarType scalar && scalar.getDescription() != null
              ? "a " + typeName + ": " + firstSentence(scalar.getDescription())
              : "a value of type " + typeName;
    };
  }

  /** The largest page of the field the error is about ({@code WrongType@[patient/timeline]}). */
  private int pageSize(String message) {
    Matcher at = QUERY_PATH.matcher(message);
    if (!at.find()) {
      return 0;
    }
    GraphQLSchema schema = source.schema();
    for (GraphQLObjectType root :
        new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType()}) {
      GraphQLFieldDefinition field = null;
      GraphQLType type = root;
      for (String name : at.group("path").split("/")) {
        if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object)
            || object.getFieldDefinition(name) == null) {
          field = null;
          break;
        }
        field = object.getFieldDefinition(name);
        type = field.getType();
      }
      if (field != null) {
        return Pages.largest(field);
      }
    }
    return 0;
  }

  private static final Pattern QUERY_PATH = Pattern.compile("@\\[(?<path>[\\w/]+)]");

  private static String firstSentence(String description) {
    String text = description.strip().replaceAll("\\s+", " ");
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end);
  }

  private static String where(ResponseError error) {
    return error.getLocations() == null || error.getLocations().isEmpty()
        ? ""
        : " at line "
            + error.getLocations().get(0).getLine()
            + ", column "
            + error.getLocations().get(0).getColumn();
  }
}
