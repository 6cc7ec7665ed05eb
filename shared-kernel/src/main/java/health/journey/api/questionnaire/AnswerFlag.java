package health.journey.api.questionnaire;

/** What an answer can raise for people to act on, whatever its total. */
public enum AnswerFlag {
  /** A self-harm or suicide-risk answer: it goes to a clinician, never to an automated message. */
  SELF_HARM_RISK
}
