package health.journey.app.platform.graphql;

import graphql.language.AstPrinter;
import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.app.platform.messaging.Actor;
import health.journey.app.platform.messaging.CommandSender;
import health.journey.app.platform.messaging.CommandTarget;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends a mutation's command as the signed-in staff member: once per client request id (a repeat of
 * the same request gets the first answer again), and answering once the read models that show the
 * change have it.
 */
@Component
public class Mutations {

  private static final int MAX_REQUEST_ID = 100;

  private final CommandSender sender;

  Mutations(CommandSender sender) {
    this.sender = sender;
  }

  /** What a mutation's command came to, with the client's request id. */
  public record Sent(CommandSender.Outcome outcome, String clientRequestId) {
    public String aggregateId() {
      return outcome.aggregateId();
    }

    public boolean projected() {
      return outcome.projected();
    }
  }

  /**
   * Sends {@code command} to {@code target}. The client's request id and the rest of the request
   * come from the mutation's arguments ({@code input}, or all of them when there is none).
   */
  public Sent send(DataFetchingEnvironment env, Object command, CommandTarget target) {
    Map<String, Object> input =
        env.containsArgument("input")
            ? new HashMap<>(env.getArgument("input"))
            : new HashMap<>(env.getArguments());
    Object requested = input.remove("clientRequestId");
    String requestId =
        InvalidInput.optionalName(
            requested == null ? null : requested.toString(), "clientRequestId", MAX_REQUEST_ID);
    Actor actor = Actor.of(Viewer.staff(env));
    CommandSender.Outcome outcome =
        sender.send(actor, command, target, requestId, request(env, input));
    if (requestId != null) {
      MutationAnswers.of(env)
          .expect(
              env.getExecutionStepInfo().getPath().getSegmentName(),
              new MutationAnswers.Answer(
                  actor,
                  requestId,
                  outcome.aggregateId(),
                  outcome.repeated(),
                  outcome.firstAnswerSealed()));
    }
    return new Sent(outcome, requestId);
  }

  /** Waits until the read models show the aggregate's latest event; false on timeout. */
  public boolean await(String aggregateId, java.util.List<String> readModels) {
    return sender.awaitReadModels(aggregateId, readModels);
  }

  /**
   * What makes a request the same request again: its input (without the request id), what it asks
   * to see in the answer, and the variables that selection may use.
   */
  private static Map<String, Object> request(
      DataFetchingEnvironment env, Map<String, Object> input) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("input", input);
    request.put("selection", AstPrinter.printAstCompact(env.getField()));
    request.put("variables", env.getVariables());
    return request;
  }
}
