package health.journey.api.questionnaire;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The draft of a questionnaire's next version was written. */
@Revision("1")
public record QuestionnaireDrafted(
    String templateId, String code, QuestionnaireDefinition definition, Instant occurredAt)
    implements JourneyEvent {}
