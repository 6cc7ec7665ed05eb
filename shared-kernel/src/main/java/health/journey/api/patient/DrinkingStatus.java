package health.journey.api.patient;

public enum DrinkingStatus {
  NEVER,
  FORMER,
  OCCASIONAL,
  REGULAR,
  HEAVY
}
