package health.journey.command.risk;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.ActorType;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.risk.RiskAssessed;
import health.journey.api.risk.RiskAssessment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

/**
 * A patient's latest risk assessment per model: an assessment is recorded when it differs from the
 * last one of its model (another score, band, missing input, or an input from another event), so
 * evaluating again with the same facts records nothing. Held by the patient aggregate as a member.
 */
public final class RiskRecord {

  private final Map<String, String> fingerprints = new HashMap<>();

  /**
   * Records the assessment, acting as {@code model:<name>@<version>}, unless it is unchanged. A
   * model that never scored the patient records nothing until its inputs are there; once it has
   * scored the patient, losing an input (a value too old to count) is recorded too, with what is
   * missing.
   */
  public void record(
      PatientId patient,
      String model,
      String version,
      RiskAssessment assessment,
      String causeEventId,
      Instant occurredAt) {
    if (assessment.score() == null && !fingerprints.containsKey(model)) {
      return;
    }
    String fingerprint = fingerprint(version, assessment);
    if (fingerprint.equals(fingerprints.get(model))) {
      return;
    }
    apply(
        new RiskAssessed(
            patient,
            model,
            version,
            assessment.band(),
            Sealed.of(patient, PersonalDataKind.HEALTH, assessment),
            fingerprint,
            causeEventId,
            occurredAt),
        MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.MODEL.name())
            .and(MetaDataKeys.ACTOR_ID, "model:" + version)
            .and(MetaDataKeys.ACTING_ROLE, ""));
  }

  private static String fingerprint(String version, RiskAssessment assessment) {
    StringBuilder text = new StringBuilder(version).append('|');
    text.append(assessment.score() == null ? "-" : assessment.score().toPlainString()).append('|');
    text.append(assessment.band()).append('|').append(assessment.missingInputs()).append('|');
    assessment
        .inputs()
        .forEach(
            f ->
                text.append(f.name())
                    .append('=')
                    .append(f.value() == null ? f.text() : f.value().toPlainString())
                    .append('@')
                    .append(f.sourceEventId())
                    .append(';'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @EventSourcingHandler
  void on(RiskAssessed event) {
    fingerprints.put(event.model(), event.fingerprint());
  }
}
