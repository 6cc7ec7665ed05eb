package health.journey.api.patient;

public enum SmokingStatus {
  NEVER,
  FORMER,
  CURRENT
}
