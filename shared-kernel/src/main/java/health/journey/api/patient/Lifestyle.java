package health.journey.api.patient;

import health.journey.api.InvalidInput;
import java.math.BigDecimal;

/** Lifestyle as last reported: smoking, drinking, exercise and sleep. Absent parts are unknown. */
public record Lifestyle(
    SmokingStatus smoking,
    Integer cigarettesPerDay,
    DrinkingStatus drinking,
    Integer exerciseMinutesPerWeek,
    BigDecimal sleepHoursPerNight) {

  /** Checks values given by a client; stored lifestyles are read back as they are. */
  public static Lifestyle validated(
      SmokingStatus smoking,
      Integer cigarettesPerDay,
      DrinkingStatus drinking,
      Integer exerciseMinutesPerWeek,
      BigDecimal sleepHoursPerNight) {
    InvalidInput.require(
        cigarettesPerDay == null || (cigarettesPerDay >= 0 && cigarettesPerDay <= 200),
        "lifestyle.cigarettesPerDay",
        "lifestyle.cigarettesPerDay must be between 0 and 200");
    InvalidInput.require(
        cigarettesPerDay == null || cigarettesPerDay == 0 || smoking == SmokingStatus.CURRENT,
        "lifestyle.cigarettesPerDay",
        "lifestyle.cigarettesPerDay is only for current smokers");
    InvalidInput.require(
        exerciseMinutesPerWeek == null
            || (exerciseMinutesPerWeek >= 0 && exerciseMinutesPerWeek <= 7 * 24 * 60),
        "lifestyle.exerciseMinutesPerWeek",
        "lifestyle.exerciseMinutesPerWeek must be between 0 and 10080");
    InvalidInput.require(
        sleepHoursPerNight == null
            || (sleepHoursPerNight.signum() >= 0
                && sleepHoursPerNight.compareTo(BigDecimal.valueOf(24)) <= 0),
        "lifestyle.sleepHoursPerNight",
        "lifestyle.sleepHoursPerNight must be between 0 and 24");
    return new Lifestyle(
        smoking, cigarettesPerDay, drinking, exerciseMinutesPerWeek, sleepHoursPerNight);
  }
}
