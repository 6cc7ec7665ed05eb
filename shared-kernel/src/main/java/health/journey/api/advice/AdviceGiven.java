package health.journey.api.advice;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A patient was given a version of an advice item: by hand, or by the item's rule because of a tag
 * (then the actor in the metadata is {@code rule:advice/<code>@<version>}).
 *
 * @param forTag the tag that made the rule give it; null when given by hand
 */
@Revision("1")
public record AdviceGiven(
    PatientId patientId,
    String itemCode,
    int itemVersion,
    AdviceCategory category,
    String forTag,
    String causeEventId,
    Instant occurredAt)
    implements PatientEvent {}
