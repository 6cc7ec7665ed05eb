package health.journey.command.questionnaire;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.questionnaire.AnswerFlag;
import health.journey.api.questionnaire.AnswerFlagRaised;
import health.journey.api.questionnaire.AnswerOutcome;
import health.journey.api.questionnaire.AnswerQuestionnaire;
import health.journey.api.questionnaire.AnswerSheet;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.questionnaire.QuestionnaireRule;
import health.journey.api.questionnaire.QuestionnaireScore;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A patient's questionnaire answers: the part of the patient's stream that checks and scores them
 * against the published version answered. Held by the patient aggregate as a member.
 */
public final class AnsweredQuestionnaires {

  private final Set<String> answerIds = new HashSet<>();

  /** The same answers (by id) recorded again change nothing; the answer says so, with the score. */
  @CommandHandler
  AnswerOutcome handle(AnswerQuestionnaire command, QuestionnaireVersions versions) {
    QuestionnaireVersions.Published version =
        versions
            .find(command.code(), command.version())
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        QuestionnaireRule.NOT_PUBLISHED,
                        "Questionnaire "
                            + command.code()
                            + (command.version() == null ? "" : " version " + command.version())
                            + " is not published"));
    if (versions.isRetired(command.code())) {
      throw new BusinessRuleViolation(
          QuestionnaireRule.RETIRED,
          "Questionnaire " + command.code() + " was retired and takes no new answers");
    }
    QuestionnaireScore score =
        QuestionnaireScorer.score(version.definition(), command.answers(), command.statedTotal());
    AnswerOutcome outcome =
        new AnswerOutcome(
            command.answerId(),
            version.code(),
            version.version(),
            score,
            answerIds.contains(command.answerId()));
    if (outcome.alreadyRecorded()) {
      return outcome;
    }
    apply(
        new QuestionnaireAnswered(
            command.patientId(),
            command.answerId(),
            version.templateId(),
            version.code(),
            version.version(),
            Sealed.of(
                command.patientId(), PersonalDataKind.HEALTH, new AnswerSheet(command.answers())),
            Sealed.of(command.patientId(), PersonalDataKind.HEALTH, score),
            command.source(),
            command.occurredAt()));
    for (AnswerFlag flag : score.flags()) {
      apply(
          new AnswerFlagRaised(
              command.patientId(), command.answerId(), version.code(), flag, command.occurredAt()));
    }
    return outcome;
  }

  @EventSourcingHandler
  void on(QuestionnaireAnswered event) {
    answerIds.add(event.answerId());
  }
}
