package health.journey.api.indicator;

/**
 * A value arrived in a unit the catalogue will not convert for its analyte. The value must be kept
 * as sent and looked at; it is never converted by guess.
 */
public final class UnitNotAccepted extends IllegalArgumentException {

  /** Why the unit was refused. */
  public enum Reason {
    /** The spelling is not one the catalogue knows (or no unit was given). */
    UNKNOWN_UNIT,
    /** A known unit of a kind of quantity this analyte is not measured in (mg/dL for BMI). */
    INCOMPATIBLE_UNIT
  }

  private final String unit;
  private final String analyteId;
  private final Reason reason;

  UnitNotAccepted(String unit, Analyte analyte, Reason reason, String message) {
    super(message);
    this.unit = unit;
    this.analyteId = analyte.id();
    this.reason = reason;
  }

  static UnitNotAccepted unknown(String unit, Analyte analyte) {
    String shown = unit == null || unit.isBlank() ? "(none)" : "'" + unit + "'";
    return new UnitNotAccepted(
        unit,
        analyte,
        Reason.UNKNOWN_UNIT,
        "unit " + shown + " is not a known unit for " + describe(analyte));
  }

  static UnitNotAccepted incompatible(String unit, Unit parsed, Analyte analyte) {
    return new UnitNotAccepted(
        unit,
        analyte,
        Reason.INCOMPATIBLE_UNIT,
        "unit '"
            + unit
            + "' is "
            + parsed.dimension().description()
            + " and cannot be converted for "
            + describe(analyte));
  }

  private static String describe(Analyte analyte) {
    return analyte.id()
        + " ("
        + analyte.nameZh()
        + " / "
        + analyte.nameEn()
        + ", measured in "
        + analyte.canonicalUnit()
        + ")";
  }

  /** The unit as the sender wrote it (may be null). */
  public String unit() {
    return unit;
  }

  /** The id of the analyte the value was for. */
  public String analyteId() {
    return analyteId;
  }

  public Reason reason() {
    return reason;
  }
}
