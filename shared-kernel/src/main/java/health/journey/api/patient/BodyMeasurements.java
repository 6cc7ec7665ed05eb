package health.journey.api.patient;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Body measurements taken on a day: height (cm), weight (kg), waist (cm) and blood pressure taken
 * in clinic (mmHg). Absent values were not measured.
 */
public record BodyMeasurements(
    BigDecimal heightCm,
    BigDecimal weightKg,
    BigDecimal waistCm,
    LocalDate measuredOn,
    Integer systolicMmHg,
    Integer diastolicMmHg) {

  /** Measurements without blood pressure. */
  public BodyMeasurements(
      BigDecimal heightCm, BigDecimal weightKg, BigDecimal waistCm, LocalDate measuredOn) {
    this(heightCm, weightKg, waistCm, measuredOn, null, null);
  }

  /** Checks values given by a client; stored measurements are read back as they are. */
  public static BodyMeasurements validated(
      BigDecimal heightCm, BigDecimal weightKg, BigDecimal waistCm, LocalDate measuredOn) {
    return validated(heightCm, weightKg, waistCm, measuredOn, null, null);
  }

  /** Checks values given by a client, blood pressure included. */
  public static BodyMeasurements validated(
      BigDecimal heightCm,
      BigDecimal weightKg,
      BigDecimal waistCm,
      LocalDate measuredOn,
      Integer systolicMmHg,
      Integer diastolicMmHg) {
    InvalidInput.require(
        heightCm != null
            || weightKg != null
            || waistCm != null
            || systolicMmHg != null
            || diastolicMmHg != null,
        "measurements",
        "measurements needs at least one of heightCm, weightKg, waistCm, systolicMmHg,"
            + " diastolicMmHg");
    InvalidInput.require(
        systolicMmHg == null || (systolicMmHg >= 40 && systolicMmHg <= 300),
        "measurements.systolicMmHg",
        "measurements.systolicMmHg must be between 40 and 300");
    InvalidInput.require(
        diastolicMmHg == null || (diastolicMmHg >= 20 && diastolicMmHg <= 200),
        "measurements.diastolicMmHg",
        "measurements.diastolicMmHg must be between 20 and 200");
    InvalidInput.require(
        systolicMmHg == null || diastolicMmHg == null || systolicMmHg > diastolicMmHg,
        "measurements.diastolicMmHg",
        "measurements.diastolicMmHg must be below systolicMmHg");
    inRange(heightCm, 30, 260, "measurements.heightCm");
    inRange(weightKg, 1, 400, "measurements.weightKg");
    inRange(waistCm, 20, 250, "measurements.waistCm");
    BusinessTime.pastDate(measuredOn, "measurements.measuredOn");
    return new BodyMeasurements(
        heightCm, weightKg, waistCm, measuredOn, systolicMmHg, diastolicMmHg);
  }

  /** Body-mass index, kg/m² to one decimal, when height and weight are both known. */
  public BigDecimal bmi() {
    if (heightCm == null || weightKg == null || heightCm.signum() <= 0) {
      return null;
    }
    BigDecimal metres = heightCm.movePointLeft(2);
    return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
  }

  private static void inRange(BigDecimal value, int min, int max, String field) {
    InvalidInput.require(
        value == null
            || (value.compareTo(BigDecimal.valueOf(min)) >= 0
                && value.compareTo(BigDecimal.valueOf(max)) <= 0),
        field,
        field + " must be between " + min + " and " + max);
  }
}
