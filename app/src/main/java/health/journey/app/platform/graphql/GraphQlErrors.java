package health.journey.app.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import health.journey.api.BusinessRuleViolation;
import health.journey.api.InvalidInput;
import health.journey.api.NotFound;
import health.journey.api.patient.PatientRule;
import health.journey.api.personaldata.SubjectErased;
import health.journey.app.platform.messaging.ClientRequestReused;
import java.util.Map;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns what goes wrong into GraphQL errors a client can act on: a clear message, a classification,
 * and where it helps a {@code code} and the {@code field} at fault. Each feature says what it
 * refuses in its own terms (its rule codes, what it cannot find); this maps those to the API's
 * classifications. Anything unexpected is logged here and reaches the client as an INTERNAL_ERROR
 * without details (no stack traces, no SQL).
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

  @Override
  protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment env) {
    // A known failure may arrive wrapped (e.g. by the serializer that met it).
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      GraphQLError error = known(cause, env);
      if (error != null) {
        return error;
      }
    }
    log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), thrown);
    return null;
  }

  private static GraphQLError known(Throwable ex, DataFetchingEnvironment env) {
    if (ex instanceof InvalidInput invalid) {
      return error(
          env,
          ErrorType.BAD_REQUEST,
          invalid.getMessage(),
          Map.of("code", "INVALID_INPUT", "field", invalid.field()));
    }
    if (ex instanceof ClientRequestReused reused) {
      return error(
          env,
          ErrorType.BAD_REQUEST,
          reused.getMessage(),
          Map.of("code", "CLIENT_REQUEST_ID_REUSED", "field", "clientRequestId"));
    }
    if (ex instanceof BusinessRuleViolation violation) {
      return error(
          env,
          JourneyErrorType.RULE_VIOLATION,
          violation.getMessage(),
          Map.of("code", violation.code().name()));
    }
    if (ex instanceof NotFound notFound) {
      return error(
          env, ErrorType.NOT_FOUND, notFound.getMessage(), Map.of("code", notFound.code()));
    }
    if (ex instanceof ConcurrencyException) {
      return error(
          env,
          JourneyErrorType.CONFLICT,
          "The patient was changed by someone else at the same moment; nothing was changed, try again",
          Map.of("code", "CONCURRENT_CHANGE"));
    }
    if (ex instanceof SubjectErased) {
      return error(
          env,
          JourneyErrorType.RULE_VIOLATION,
          "This patient's personal data was erased; no new personal data is kept for them",
          Map.of("code", PatientRule.PATIENT_ERASED.name()));
    }
    if (ex instanceof ProjectionLag lag) {
      return error(
          env, JourneyErrorType.PROJECTION_LAG, lag.getMessage(), Map.of("code", "PROJECTION_LAG"));
    }
    if (ex instanceof AccessDeniedException) {
      return error(
          env,
          ErrorType.FORBIDDEN,
          "Your role may not do this: " + env.getField().getName(),
          Map.of("code", "FORBIDDEN"));
    }
    return null;
  }

  private static GraphQLError error(
      DataFetchingEnvironment env,
      graphql.ErrorClassification type,
      String message,
      Map<String, Object> extensions) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(type)
        .message(message)
        .extensions(extensions)
        .build();
  }
}
