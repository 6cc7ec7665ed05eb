package health.journey.app.platform.graphql;

import graphql.language.AstPrinter;
import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.patient.UnknownPatient;
import health.journey.app.platform.messaging.Actor;
import health.journey.app.platform.messaging.CommandSender;
import health.journey.app.platform.messaging.CommandTarget;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends a patient mutation's command as the signed-in staff member and answers with the patient:
 * once per client request id (a repeat of the same request gets the first answer again), after the
 * read models that show the change have it.
 */
@Component
public class PatientMutations {

  private static final int MAX_REQUEST_ID = 100;

  private final CommandSender sender;

  PatientMutations(CommandSender sender) {
    this.sender = sender;
  }

  /**
   * Sends {@code command} for the patient; the answer waits for {@code readModels} (processing
   * groups) to show it. The client's request id and the rest of its {@code input} come from the
   * mutation's arguments.
   */
  public PatientPayload send(
      DataFetchingEnvironment env, Object command, PatientId patient, List<String> readModels) {
    Map<String, Object> input = new HashMap<>(env.getArgument("input"));
    Object requested = input.remove("clientRequestId");
    String requestId =
        InvalidInput.optionalName(
            requested == null ? null : requested.toString(), "clientRequestId", MAX_REQUEST_ID);
    Actor actor = Actor.of(Viewer.staff(env));
    CommandSender.Outcome outcome =
        sender.send(
            actor,
            command,
            new CommandTarget(patient.toString(), readModels, UnknownPatient::new),
            requestId,
            request(env, input));
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
    return new PatientPayload(outcome.aggregateId(), requestId, outcome.projected(), false);
  }

  /** The answer for a patient that already exists, once the read models show them. */
  public PatientPayload existing(
      DataFetchingEnvironment env, PatientId patient, List<String> readModels) {
    Object requested = ((Map<?, ?>) env.getArgument("input")).get("clientRequestId");
    return new PatientPayload(
            patient.toString(),
            requested == null ? null : requested.toString(),
            sender.awaitReadModels(patient.toString(), readModels),
            false)
        .existing();
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
