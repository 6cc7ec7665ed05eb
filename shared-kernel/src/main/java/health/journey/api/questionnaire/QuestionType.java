package health.journey.api.questionnaire;

/** What kind of answer a question takes. */
public enum QuestionType {
  /** One of the question's options. */
  SINGLE_CHOICE,
  /** Any number of the question's options. */
  MULTIPLE_CHOICE,
  /** A number between the question's minimum and maximum, in its unit. */
  NUMBER,
  /** Free text. */
  TEXT,
  /** A whole number on a scale from the question's minimum to its maximum. */
  SCALE,
  /** A calendar date. */
  DATE
}
