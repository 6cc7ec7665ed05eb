package health.journey.command.questionnaire;

import health.journey.api.questionnaire.QuestionnaireDefinition;
import java.util.Optional;

/**
 * The published versions of every questionnaire, as the command side needs them to check and score
 * answers: a published version never changes, so a patient's answers can be decided against it
 * without asking the questionnaire's own stream. Written in the publishing command's transaction.
 */
public interface QuestionnaireVersions {

  /** A published version of a questionnaire. */
  record Published(
      String templateId, String code, int version, QuestionnaireDefinition definition) {}

  /** Keeps a version as it is published. */
  void published(Published version);

  /** The questionnaire with {@code code} takes no new answers from now on. */
  void retired(String code);

  /** The version of the questionnaire with {@code code} (the latest when null), if published. */
  Optional<Published> find(String code, Integer version);

  /**
   * The code of the questionnaire whose published versions documents name by {@code fhirUrl} (FHIR
   * {@code Questionnaire.url}), if any.
   */
  Optional<String> codeOf(String fhirUrl);

  /** Whether the questionnaire with {@code code} was retired. */
  boolean isRetired(String code);
}
