package health.journey.app.platform.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.app.platform.messaging.Actor;
import health.journey.app.platform.messaging.CommandSender;
import health.journey.app.platform.security.Disclosure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first answer to a request with a client request id is kept (sealed with the patient's key, as
 * the caller saw it), and a repeat of the same request gets that answer again rather than the
 * patient as it stands now, as payment APIs do with idempotency keys. A repeat whose first answer
 * was never kept (lost to a crash between the change and its answer) gets the patient as it stands.
 */
@Component
class MutationAnswers implements WebGraphQlInterceptor {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final CommandSender sender;
  private final PersonalDataCipher cipher;

  MutationAnswers(CommandSender sender, PersonalDataCipher cipher) {
    this.sender = sender;
    this.cipher = cipher;
  }

  /** A mutation answer to keep or to give again. */
  record Answer(
      Actor actor, String requestId, String subject, boolean repeated, String firstAnswerSealed) {}

  /** The answers of one request, by the key of the field in the response. */
  static final class Expected {
    private final Map<String, Answer> byField = new ConcurrentHashMap<>();

    void expect(String field, Answer answer) {
      byField.put(field, answer);
    }
  }

  /** The answers expected by the request being executed. */
  static Expected of(DataFetchingEnvironment env) {
    return env.getGraphQlContext().computeIfAbsent(Expected.class, k -> new Expected());
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Expected expected = new Expected();
    request.configureExecutionInput(
        (input, builder) -> {
          input.getGraphQLContext().put(Expected.class, expected);
          return input;
        });
    return chain
        .next(request)
        .map(response -> expected.byField.isEmpty() ? response : settle(response, expected));
  }

  private WebGraphQlResponse settle(WebGraphQlResponse response, Expected expected) {
    Map<String, Object> data = response.getData();
    if (data == null) {
      return response;
    }
    Map<String, Object> newData = new LinkedHashMap<>(data);
    List<GraphQLError> errors = new ArrayList<>();
    for (ResponseError error : response.getErrors()) {
      String field =
          error.getParsedPath().isEmpty() ? null : error.getParsedPath().get(0).toString();
      Answer answer = field == null ? null : expected.byField.get(field);
      if (answer == null || !answer.repeated() || first(answer).isEmpty()) {
        errors.add(rebuilt(error));
      }
    }
    expected.byField.forEach(
        (field, answer) -> {
          if (answer.repeated()) {
            first(answer)
                .ifPresent(
                    kept -> {
                      newData.put(field, kept.get("data"));
                      keptErrors(kept).forEach(errors::add);
                    });
          } else {
            keep(field, answer, data.get(field), response.getErrors());
          }
        });
    return response.transform(builder -> builder.data(newData).errors(errors));
  }

  private void keep(String field, Answer answer, Object data, List<ResponseError> errors) {
    List<Map<String, Object>> fieldErrors = new ArrayList<>();
    for (ResponseError error : errors) {
      if (!error.getParsedPath().isEmpty() && field.equals(error.getParsedPath().get(0))) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("message", error.getMessage());
        kept.put("path", error.getParsedPath());
        kept.put("classification", String.valueOf(error.getErrorType()));
        kept.put("extensions", error.getExtensions());
        fieldErrors.add(kept);
      }
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("data", data);
    kept.put("errors", fieldErrors);
    String sealed =
        PersonalData.of(answer.subject(), PersonalDataKind.FREE_TEXT, JSON.writeValueAsString(kept))
            .sealedWith(cipher);
    sender.rememberAnswer(answer.actor(), answer.requestId(), sealed);
  }

  private Optional<Map<String, Object>> first(Answer answer) {
    if (answer.firstAnswerSealed() == null) {
      return Optional.empty();
    }
    return Disclosure.answerGivenBefore(
            PersonalData.sealed(
                answer.subject(), PersonalDataKind.FREE_TEXT, answer.firstAnswerSealed(), cipher))
        .map(json -> JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
  }

  @SuppressWarnings("unchecked")
  private static List<GraphQLError> keptErrors(Map<String, Object> kept) {
    List<GraphQLError> errors = new ArrayList<>();
    for (Map<String, Object> error :
        (List<Map<String, Object>>) kept.getOrDefault("errors", List.of())) {
      errors.add(
          GraphqlErrorBuilder.newError()
              .message((String) error.get("message"))
              .path((List<Object>) error.get("path"))
              .errorType(
                  ErrorClassification.errorClassification((String) error.get("classification")))
              .extensions((Map<String, Object>) error.get("extensions"))
              .build());
    }
    return errors;
  }

  private static GraphQLError rebuilt(ResponseError error) {
    return GraphqlErrorBuilder.newError()
        .message(error.getMessage())
        .path(error.getParsedPath().isEmpty() ? null : error.getParsedPath())
        .locations(error.getLocations())
        .errorType(error.getErrorType())
        .extensions(error.getExtensions())
        .build();
  }
}
