package health.journey.api.consent;

/** Where a patient's consent for one purpose stands. */
public enum ConsentStatus {
  /** Never asked or never given. */
  NOT_GIVEN,
  GIVEN,
  WITHDRAWN
}
