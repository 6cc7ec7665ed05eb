package health.journey.api.questionnaire;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import health.journey.api.personaldata.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A patient answered a version of a questionnaire; the answers and the score the product computed
 * from them are sealed with the patient's key.
 */
@Revision("1")
public record QuestionnaireAnswered(
    PatientId patientId,
    String answerId,
    String templateId,
    String code,
    int version,
    Sealed<AnswerSheet> answers,
    Sealed<QuestionnaireScore> score,
    AnswerSource source,
    Instant occurredAt)
    implements PatientEvent {}
