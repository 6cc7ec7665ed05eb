package health.journey.api.risk;

import health.journey.api.personaldata.PersonalData;
import java.time.Instant;

/**
 * A patient's latest assessment by a risk model: the model and version, the band in the clear, the
 * assessment sealed (as JSON of a {@link RiskAssessment}), when and why it was made.
 */
public record RiskView(
    String patientId,
    String model,
    String modelVersion,
    String band,
    PersonalData assessment,
    Instant assessedAt,
    String causeEventId) {}
