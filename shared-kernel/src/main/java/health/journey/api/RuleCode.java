package health.journey.api;

/**
 * A business rule a request can break, named by a stable, machine-readable code. Each feature has
 * an enum of its rules ({@code PatientRule}, {@code ConsentRule}, …) implementing this.
 */
public interface RuleCode {

  /** The code clients see in {@code extensions.code}, e.g. {@code CARD_ALREADY_OPENED}. */
  String name();
}
