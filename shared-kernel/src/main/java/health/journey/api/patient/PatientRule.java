package health.journey.api.patient;

import health.journey.api.RuleCode;

/** The rules of a patient's card and lifecycle that a request can break. */
public enum PatientRule implements RuleCode {
  /** A patient has one card. */
  CARD_ALREADY_OPENED,
  /** A card number belongs to one patient. */
  CARD_NUMBER_TAKEN,
  /** Another system's identifier names one patient. */
  IDENTIFIER_TAKEN,
  /** A patient who has been seen cannot become a prospect again. */
  STAGE_NOT_ALLOWED,
  /** No new personal data is kept for a patient whose personal data was erased. */
  PATIENT_ERASED
}
