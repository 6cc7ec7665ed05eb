package health.journey.api.patient;

/** Sex as recorded (GB/T 2261.1: unknown, male, female, unspecified). */
public enum Sex {
  UNKNOWN,
  MALE,
  FEMALE,
  UNSPECIFIED
}
