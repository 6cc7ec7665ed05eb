package health.journey.api.advice;

import java.time.Instant;

/**
 * Advice a patient has now: which item version, what it is about, who gave it (a person, or the
 * item's rule because of a tag) and when.
 */
public record PatientAdviceView(
    String patientId,
    String itemCode,
    int itemVersion,
    AdviceCategory category,
    String forTag,
    String givenBy,
    Instant givenAt) {}
