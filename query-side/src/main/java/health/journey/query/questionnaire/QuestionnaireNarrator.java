package health.journey.query.questionnaire;

import health.journey.api.PatientEvent;
import health.journey.api.questionnaire.AnswerFlagRaised;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.questionnaire.QuestionnaireScore;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import org.springframework.stereotype.Component;

/**
 * Tells questionnaire answers in the timeline; the score, its band and any flag are clinical
 * details, shown only to roles that may read clinical data.
 */
@Component
class QuestionnaireNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof QuestionnaireAnswered e) {
      return new Narration(
          "QUESTIONNAIRE_ANSWERED",
          "Answered " + e.code() + " (version " + e.version() + ")",
          e.score().reveal().map(QuestionnaireNarrator::detail).orElse(null),
          null);
    }
    if (event instanceof AnswerFlagRaised e) {
      return new Narration(
          "ANSWER_FLAGGED",
          "An answer to " + e.code() + " was flagged for a clinician",
          e.flag().name().toLowerCase().replace('_', ' '),
          null);
    }
    return null;
  }

  private static String detail(QuestionnaireScore score) {
    if (score.total() == null) {
      return null;
    }
    StringBuilder text = new StringBuilder("score " + score.total());
    if (score.bandLabel() != null) {
      text.append(", ").append(score.bandLabel());
    }
    if (score.statedTotalDisagrees()) {
      text.append("; the document stated ").append(score.statedTotal());
    }
    return text.toString();
  }
}
