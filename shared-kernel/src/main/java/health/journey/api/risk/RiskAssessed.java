package health.journey.api.risk;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A risk model assessed the patient (again, when its inputs changed). The assessment is sealed with
 * the patient's key; the model, its version and the band stay plain for cohorts (a band is removed
 * with the read models' copies on erasure). The actor in the metadata is the model version.
 */
@Revision("1")
public record RiskAssessed(
    PatientId patientId,
    String model,
    String modelVersion,
    String band,
    Sealed<RiskAssessment> assessment,
    String fingerprint,
    String causeEventId,
    Instant occurredAt)
    implements PatientEvent {}
