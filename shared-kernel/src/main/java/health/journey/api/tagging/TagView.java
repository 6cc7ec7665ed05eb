package health.journey.api.tagging;

import health.journey.api.personaldata.PersonalData;
import java.time.Instant;

/** A tag a patient has, who set it (person or rule, in which role), when and why. */
public record TagView(
    String tag, Instant appliedAt, String appliedBy, String appliedByRole, PersonalData reason) {}
