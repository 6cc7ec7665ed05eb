package health.journey.app.platform.graphql;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.patient.UnknownPatient;
import health.journey.app.platform.messaging.Actor;
import health.journey.app.platform.messaging.CommandSender;
import health.journey.app.platform.messaging.CommandTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends a patient mutation's command as the signed-in staff member and answers with the patient:
 * once per client request id, after the read models that show the change have it.
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
    CommandSender.Outcome outcome =
        sender.send(
            Actor.of(Viewer.staff(env)),
            command,
            new CommandTarget(patient.toString(), readModels, UnknownPatient::new),
            requestId,
            input);
    return new PatientPayload(outcome.aggregateId(), requestId, outcome.projected());
  }
}
