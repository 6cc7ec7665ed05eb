package health.journey.api.questionnaire;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write the draft of a questionnaire's next version (creating the questionnaire if new). */
public record DraftQuestionnaire(
    @TargetAggregateIdentifier String templateId,
    QuestionnaireDefinition definition,
    Instant occurredAt) {

  public DraftQuestionnaire {
    InvalidInput.require(definition != null, "definition", "definition is required");
    templateId = templateId == null ? idOf(definition.code()) : templateId;
    occurredAt = BusinessTime.orNow(occurredAt);
  }

  public DraftQuestionnaire(QuestionnaireDefinition definition) {
    this(null, definition, null);
  }

  /** The id of the questionnaire with {@code code}: the same code is always the same template. */
  public static String idOf(String code) {
    return UUID.nameUUIDFromBytes(
            ("patient-journey:questionnaire:" + code).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
