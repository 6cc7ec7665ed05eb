package health.journey.command.report;

import health.journey.api.BusinessTime;
import health.journey.api.indicator.Analyte;
import health.journey.api.indicator.Flag;
import health.journey.api.indicator.Indicators;
import health.journey.api.patient.Sex;
import health.journey.api.report.ReportedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The flag of a result its sender did not flag: against the reference range the sender printed
 * beside it, else against the catalogue's adult range for the patient's sex and age; a value beyond
 * the analyte's critical limits is critical whichever range applies. A result with no range that
 * applies keeps no flag rather than a guess.
 */
final class ValueFlags {

  private ValueFlags() {}

  static ReportedValue flagged(ReportedValue value, Sex sex, LocalDate birthDate) {
    if (value.flag() != null || value.value() == null) {
      return value;
    }
    Integer ageYears =
        birthDate == null || value.effectiveAt() == null
            ? null
            : Period.between(
                    birthDate, LocalDate.ofInstant(value.effectiveAt(), BusinessTime.zone()))
                .getYears();
    Optional<Analyte> analyte =
        value.analyteId() == null ? Optional.empty() : Indicators.byId(value.analyteId());
    Flag flag = null;
    if (value.referenceLow() != null || value.referenceHigh() != null) {
      flag = against(value.value(), value.referenceLow(), value.referenceHigh());
      if (analyte.isPresent() && analyte.get().criticalLimits().isPresent()) {
        Flag critical = analyte.get().criticalLimits().get().classify(value.value());
        flag = critical != null ? critical : flag;
      }
    } else if (analyte.isPresent()) {
      flag = analyte.get().flag(value.value(), sex, ageYears).orElse(null);
    }
    if (flag == null) {
      return value;
    }
    return new ReportedValue(
        value.code(),
        value.analyteId(),
        value.name(),
        value.value(),
        value.unit(),
        value.originalValue(),
        value.originalUnit(),
        value.referenceLow(),
        value.referenceHigh(),
        value.referenceText(),
        flag,
        false,
        value.text(),
        value.effectiveAt(),
        value.sourceId(),
        value.problem());
  }

  private static Flag against(BigDecimal value, BigDecimal low, BigDecimal high) {
    if (low != null && value.compareTo(low) < 0) {
      return Flag.LOW;
    }
    if (high != null && value.compareTo(high) > 0) {
      return Flag.HIGH;
    }
    return Flag.NORMAL;
  }
}
