package health.journey.api.indicator;

/**
 * The kind of quantity a unit measures. Units of one kind convert by their definitions alone; going
 * from one kind to another (mg/dL to mmol/L) needs a factor that belongs to the analyte.
 */
enum Dimension {
  MASS_CONCENTRATION("a mass concentration"),
  SUBSTANCE_CONCENTRATION("an amount-of-substance concentration"),
  EQUIVALENT_CONCENTRATION("an equivalent (charge) concentration"),
  CATALYTIC_CONCENTRATION("an enzyme activity concentration"),
  ARBITRARY_CONCENTRATION("an international-unit concentration"),
  NUMBER_CONCENTRATION("a cell count per volume"),
  FRACTION("a fraction"),
  SUBSTANCE_FRACTION("an amount-of-substance fraction"),
  LENGTH("a length"),
  MASS("a mass"),
  PRESSURE("a pressure"),
  TEMPERATURE("a temperature"),
  AREA_DENSITY("a mass per area"),
  RATE("a rate per minute"),
  FILTRATION_RATE("a filtration rate per 1.73 m² of body surface");

  private final String description;

  Dimension(String description) {
    this.description = description;
  }

  /** How an error message names this kind of quantity. */
  String description() {
    return description;
  }
}
