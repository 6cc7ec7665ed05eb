package health.journey.command.risk;

/** Sex as the risk equations use it: each model has separate equations or points for each. */
public enum Sex {
  MALE,
  FEMALE
}
