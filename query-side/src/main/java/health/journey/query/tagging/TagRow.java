package health.journey.query.tagging;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code patient_tag}: a tag a patient has, who set it and why; it carries the patient's
 * card-opening time, so listing patients by tag, newest card first, walks one index.
 */
record TagRow(
    UUID patientId,
    String tag,
    Instant openedAt,
    Instant appliedAt,
    String appliedBy,
    String appliedByRole,
    String reasonSealed) {}
