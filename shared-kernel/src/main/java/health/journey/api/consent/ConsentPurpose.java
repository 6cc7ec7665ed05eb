package health.journey.api.consent;

/** What a patient consents to (知情同意); each purpose is given and withdrawn on its own. */
public enum ConsentPurpose {
  /** Processing of health data. */
  DATA_PROCESSING,
  /** Being contacted for follow-ups. */
  FOLLOW_UP_CONTACT,
  /** Receiving marketing messages. */
  MARKETING,
  /** Recording of follow-up calls. */
  CALL_RECORDING,
  /** Sharing the patient's case as a (de-identified) story. */
  CASE_SHARING
}
