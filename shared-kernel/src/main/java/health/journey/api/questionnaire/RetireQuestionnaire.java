package health.journey.api.questionnaire;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retire a questionnaire: it takes no new answers; answers given stay. */
public record RetireQuestionnaire(
    @TargetAggregateIdentifier String templateId, Instant occurredAt) {
  public RetireQuestionnaire {
    templateId = InvalidInput.requireName(templateId, "templateId", 64);
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
