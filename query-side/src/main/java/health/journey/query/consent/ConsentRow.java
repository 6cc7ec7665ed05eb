package health.journey.query.consent;

import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentStatus;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code patient_consent}: where a patient's consent for one purpose stands. */
record ConsentRow(
    UUID patientId,
    ConsentPurpose purpose,
    ConsentStatus status,
    ConsentChannel channel,
    String wordingVersion,
    Instant changedAt,
    String withdrawalReasonSealed) {}
