package health.journey.app.platform.messaging;

import health.journey.api.MetaDataKeys;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The client request ids of acknowledged commands. The id is recorded in the command's own
 * transaction, so it is stored exactly when the command's events are: a client that lost the answer
 * can send the same request again and gets the first answer, with nothing stored twice.
 */
@Component
public class ClientRequests implements MessageHandlerInterceptor<CommandMessage<?>> {

  private static final Logger log = LoggerFactory.getLogger(ClientRequests.class);

  private final JdbcTemplate jdbc;
  private final MessagingProperties properties;
  private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

  ClientRequests(JdbcTemplate jdbc, MessagingProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /**
   * A request acknowledged before: what it was, which aggregate it changed, and the answer it got
   * (sealed with the aggregate's key; null until it is stored).
   */
  public record Acknowledged(
      String commandType, String fingerprint, String aggregateId, String answerSealed) {}

  public Optional<Acknowledged> find(String actorId, String requestId) {
    return jdbc
        .query(
            "SELECT command_type, fingerprint, aggregate_id, answer_sealed FROM command_request"
                + " WHERE actor_id = ? AND request_id = ?",
            (rs, n) ->
                new Acknowledged(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
            actorId,
            requestId)
        .stream()
        .findFirst();
  }

  /** Stores the answer the request got, once. */
  void rememberAnswer(String actorId, String requestId, String answerSealed) {
    jdbc.update(
        "UPDATE command_request SET answer_sealed = ? WHERE actor_id = ? AND request_id = ?"
            + " AND answer_sealed IS NULL",
        answerSealed,
        actorId,
        requestId);
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    Object result = chain.proceed();
    CommandMessage<?> command = unitOfWork.getMessage();
    Object requestId = command.getMetaData().get(MetaDataKeys.CLIENT_REQUEST_ID);
    if (requestId != null) {
      int inserted =
          jdbc.update(
              "INSERT INTO command_request"
                  + " (actor_id, request_id, command_type, fingerprint, aggregate_id)"
                  + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
              String.valueOf(command.getMetaData().get(MetaDataKeys.ACTOR_ID)),
              requestId.toString(),
              command.getCommandName(),
              String.valueOf(command.getMetaData().get(MetaDataKeys.REQUEST_FINGERPRINT)),
              targets.resolveTarget(command).getIdentifier());
      if (inserted == 0) {
        throw new DuplicateClientRequest(requestId.toString());
      }
    }
    return result;
  }

  /**
   * Forgets request ids older than the retention period; a client retries within minutes, not
   * weeks.
   */
  void forgetOldRequests() {
    Duration retention = properties.requestIdRetention();
    int removed =
        jdbc.update(
            "DELETE FROM command_request WHERE created_at < now() - make_interval(secs => ?)",
            (double) retention.toSeconds());
    if (removed > 0) {
      log.info("Forgot {} client request ids older than {}", removed, retention);
    }
  }

  /** A second command with a request id that was acknowledged in the meantime. */
  static final class DuplicateClientRequest extends RuntimeException {
    DuplicateClientRequest(String requestId) {
      super("Client request " + requestId + " was already handled", null, false, false);
    }
  }
}
