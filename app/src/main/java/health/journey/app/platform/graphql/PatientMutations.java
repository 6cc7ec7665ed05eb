package health.journey.app.platform.graphql;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.PatientId;
import health.journey.api.patient.UnknownPatient;
import health.journey.app.platform.messaging.CommandTarget;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends a patient mutation's command (through {@link Mutations}) and answers with the patient, once
 * the read models that show the change have it.
 */
@Component
public class PatientMutations {

  private final Mutations mutations;

  PatientMutations(Mutations mutations) {
    this.mutations = mutations;
  }

  /** Sends {@code command} for the patient; the answer waits for {@code readModels}. */
  public PatientPayload send(
      DataFetchingEnvironment env, Object command, PatientId patient, List<String> readModels) {
    return payload(sent(env, command, patient, readModels));
  }

  /** Sends {@code command} for the patient, keeping what its handler answered. */
  public Mutations.Sent sent(
      DataFetchingEnvironment env, Object command, PatientId patient, List<String> readModels) {
    return mutations.send(
        env, command, new CommandTarget(patient.toString(), readModels, UnknownPatient::new));
  }

  /** The answer for a sent command. */
  public static PatientPayload payload(Mutations.Sent sent) {
    return new PatientPayload(sent.aggregateId(), sent.clientRequestId(), sent.projected(), false);
  }

  /** The answer for a patient that already exists, once the read models show them. */
  public PatientPayload existing(
      DataFetchingEnvironment env, PatientId patient, List<String> readModels) {
    Object requested = ((Map<?, ?>) env.getArgument("input")).get("clientRequestId");
    return new PatientPayload(
            patient.toString(),
            requested == null ? null : requested.toString(),
            mutations.await(patient.toString(), readModels),
            false)
        .existing();
  }
}
