package health.journey.api.questionnaire;

/** The questionnaire read models, by the processing groups that project them. */
public final class QuestionnaireReadModel {

  /** Questionnaire templates and their published versions. */
  public static final String TEMPLATES_PROCESSING_GROUP = "questionnaire-projection";

  /** Each patient's answers with their scores. */
  public static final String ANSWERS_PROCESSING_GROUP = "questionnaire-answer-projection";

  private QuestionnaireReadModel() {}
}
