package health.journey.api.questionnaire;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish the draft as the questionnaire's next version; a published version never changes. */
public record PublishQuestionnaire(
    @TargetAggregateIdentifier String templateId, Instant occurredAt) {
  public PublishQuestionnaire {
    templateId = InvalidInput.requireName(templateId, "templateId", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
