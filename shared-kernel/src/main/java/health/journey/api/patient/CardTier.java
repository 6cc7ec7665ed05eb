package health.journey.api.patient;

/** The membership tier printed on a patient's card. */
public enum CardTier {
  STANDARD,
  SILVER,
  GOLD,
  PLATINUM
}
