package health.journey.query.risk;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code risk_assessment}: a patient's latest assessment by one model. */
record RiskRow(
    UUID patientId,
    String model,
    String modelVersion,
    String band,
    String assessmentSealed,
    Instant assessedAt,
    String causeEventId) {}
