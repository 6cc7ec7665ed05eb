package health.journey.api.questionnaire;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A questionnaire was retired: it takes no new answers. */
@Revision("1")
public record QuestionnaireRetired(String templateId, String code, int version, Instant occurredAt)
    implements JourneyEvent {}
