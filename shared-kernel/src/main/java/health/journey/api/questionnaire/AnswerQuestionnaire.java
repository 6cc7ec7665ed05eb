package health.journey.api.questionnaire;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a patient's answers to a published version of a questionnaire. The answers are checked
 * against that version (every question known, of its type, in range, every required one answered)
 * and scored by the product; a total the document states is only compared.
 *
 * @param patientId the patient
 * @param answerId the answers' id (the same id twice records them once)
 * @param code the questionnaire's code
 * @param version the published version answered (null: the latest)
 * @param answers the answers
 * @param statedTotal the total the document stated, if it stated one
 * @param source how the answers arrived
 * @param occurredAt when they were given
 */
public record AnswerQuestionnaire(
    @TargetAggregateIdentifier PatientId patientId,
    String answerId,
    String code,
    Integer version,
    List<Answer> answers,
    Integer statedTotal,
    AnswerSource source,
    Instant occurredAt) {

  public AnswerQuestionnaire {
    InvalidInput.require(patientId != null, "patientId", "patientId is required");
    answerId = InvalidInput.requireName(answerId, "answerId", 64);
    code = InvalidInput.requireName(code, "code", 64);
    InvalidInput.require(version == null || version >= 1, "version", "version must be 1 or more");
    InvalidInput.require(answers != null, "answers", "answers are required");
    answers = List.copyOf(answers);
    InvalidInput.require(answers.size() <= 200, "answers", "at most 200 answers");
    InvalidInput.require(
        answers.stream().map(Answer::linkId).allMatch(new HashSet<>()::add),
        "answers",
        "a question is answered more than once");
    source = source == null ? AnswerSource.API : source;
    occurredAt = BusinessTime.orNow(occurredAt);
  }
}
