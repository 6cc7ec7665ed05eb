package health.journey.api.questionnaire;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A questionnaire's draft was published as a version, which never changes. */
@Revision("1")
public record QuestionnairePublished(
    String templateId,
    String code,
    int version,
    QuestionnaireDefinition definition,
    String fingerprint,
    Instant occurredAt)
    implements JourneyEvent {}
