package health.journey.api.questionnaire;

/** How a patient's answers reached the system. */
public enum AnswerSource {
  /** Entered over the API (by staff, or by the patient through a client). */
  API,
  /** A FHIR QuestionnaireResponse from another system. */
  FHIR
}
