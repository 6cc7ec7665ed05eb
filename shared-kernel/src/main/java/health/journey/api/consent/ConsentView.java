package health.journey.api.consent;

import health.journey.api.personaldata.PersonalData;
import java.time.Instant;

/** The latest state of a patient's consent for one purpose. */
public record ConsentView(
    ConsentPurpose purpose,
    ConsentStatus status,
    ConsentChannel channel,
    String wordingVersion,
    Instant changedAt,
    PersonalData withdrawalReason) {}
