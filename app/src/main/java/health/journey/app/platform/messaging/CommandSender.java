package health.journey.app.platform.messaging;

import health.journey.api.MetaDataKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends commands from the API edge: with the actor as metadata, answered once per client request
 * id, and waiting until the read model shows the change (read-your-writes).
 */
@Component
public class CommandSender {

  private static final JsonMapper CANONICAL =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final CommandGateway commandGateway;
  private final ClientRequests clientRequests;
  private final ProjectionConsistency consistency;

  CommandSender(
      CommandGateway commandGateway,
      ClientRequests clientRequests,
      ProjectionConsistency consistency) {
    this.commandGateway = commandGateway;
    this.clientRequests = clientRequests;
    this.consistency = consistency;
  }

  /**
   * What came of a command: the aggregate it changed, whether the read models show it, and, for a
   * request sent again under its client request id, the first answer as it was stored (sealed; null
   * when it was not stored, e.g. the first answer was lost to a crash).
   */
  public record Outcome(
      String aggregateId,
      boolean projected,
      boolean repeated,
      String firstAnswerSealed,
      Object result) {}

  /**
   * Sends {@code command} for {@code actor} to {@code target}. With a client request id, a request
   * acknowledged before is answered from the record of it (if it is the same request) without
   * sending anything; a different request under the same id is refused. {@code input} is the
   * request as the client sent it, for that comparison.
   */
  public Outcome send(
      Actor actor, Object command, CommandTarget target, String clientRequestId, Object input) {
    String aggregateId = target.aggregateId();
    String commandType = command.getClass().getName();
    String fingerprint = clientRequestId == null ? null : fingerprint(commandType, input);
    if (clientRequestId != null) {
      Optional<ClientRequests.Acknowledged> earlier =
          earlierRequest(actor, clientRequestId, commandType, fingerprint);
      if (earlier.isPresent()) {
        return repeated(earlier.get(), target);
      }
    }
    MetaData metaData = actor.metaData();
    if (clientRequestId != null) {
      metaData =
          metaData
              .and(MetaDataKeys.CLIENT_REQUEST_ID, clientRequestId)
              .and(MetaDataKeys.REQUEST_FINGERPRINT, fingerprint);
    }
    Object result;
    try {
      result =
          commandGateway.sendAndWait(
              GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    } catch (ClientRequests.DuplicateClientRequest raced) {
      return repeated(
          earlierRequest(actor, clientRequestId, commandType, fingerprint).orElseThrow(() -> raced),
          target);
    } catch (RuntimeException failed) {
      throw translated(failed, target);
    }
    return new Outcome(aggregateId, awaitReadModels(aggregateId, target), false, null, result);
  }

  /**
   * Keeps the first answer to a request (sealed), to give it again when the request is repeated.
   */
  public void rememberAnswer(Actor actor, String clientRequestId, String answerSealed) {
    clientRequests.rememberAnswer(actor.id(), clientRequestId, answerSealed);
  }

  private Outcome repeated(ClientRequests.Acknowledged earlier, CommandTarget target) {
    return new Outcome(
        earlier.aggregateId(),
        awaitReadModels(earlier.aggregateId(), target),
        true,
        earlier.answerSealed(),
        null);
  }

  private boolean awaitReadModels(String aggregateId, CommandTarget target) {
    return awaitReadModels(aggregateId, target.readModels());
  }

  /**
   * Waits until the read models show the aggregate's latest event; false on timeout. Policies among
   * them (processing groups named {@code *-policy}) are waited for first: what they decide on the
   * change (a tag a rule sets) is then part of the latest event the read models are waited for.
   */
  public boolean awaitReadModels(String aggregateId, List<String> readModels) {
    List<String> policies = readModels.stream().filter(g -> g.endsWith("-policy")).toList();
    if (!policies.isEmpty() && !consistency.awaitAggregate(aggregateId, policies)) {
      return false;
    }
    return consistency.awaitAggregate(
        aggregateId, readModels.stream().filter(g -> !g.endsWith("-policy")).toList());
  }

  /** An aggregate that does not exist is said in the words of the command's feature. */
  private static RuntimeException translated(RuntimeException failed, CommandTarget target) {
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof AggregateNotFoundException notFound) {
        return target.notFound().apply(String.valueOf(notFound.getAggregateIdentifier()));
      }
    }
    return failed;
  }

  private Optional<ClientRequests.Acknowledged> earlierRequest(
      Actor actor, String clientRequestId, String commandType, String fingerprint) {
    return clientRequests
        .find(actor.id(), clientRequestId)
        .map(
            earlier -> {
              if (!earlier.commandType().equals(commandType)
                  || !earlier.fingerprint().equals(fingerprint)) {
                throw new ClientRequestReused();
              }
              return earlier;
            });
  }

  static String fingerprint(String commandType, Object input) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(commandType.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(CANONICAL.writeValueAsBytes(input == null ? Map.of() : input));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
