package health.journey.app.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import health.journey.api.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/**
 * Times as FHIR gives them: a date, a month or a year on its own is the start of that day in the
 * business zone (China); a time carries its offset.
 */
final class FhirTimes {

  private FhirTimes() {}

  static Instant instant(BaseDateTimeType time) {
    if (time == null || time.isEmpty() || time.getValue() == null) {
      return null;
    }
    TemporalPrecisionEnum precision = time.getPrecision();
    if (precision == TemporalPrecisionEnum.YEAR
        || precision == TemporalPrecisionEnum.MONTH
        || precision == TemporalPrecisionEnum.DAY) {
      return localDate(time).atStartOfDay(BusinessTime.zone()).toInstant();
    }
    return time.getValue().toInstant();
  }

  static LocalDate localDate(BaseDateTimeType time) {
    if (time == null || time.isEmpty() || time.getValue() == null) {
      return null;
    }
    int year = time.getYear();
    int month =
        time.getPrecision().ordinal() >= TemporalPrecisionEnum.MONTH.ordinal()
            ? time.getMonth() + 1
            : 1;
    int day =
        time.getPrecision().ordinal() >= TemporalPrecisionEnum.DAY.ordinal() ? time.getDay() : 1;
    return LocalDate.of(year, month, day);
  }

  /** The instant of an effective[x]: a dateTime, a period's start (else end), or an instant. */
  static Instant effective(Type effective) {
    if (effective instanceof BaseDateTimeType time) {
      return instant(time);
    }
    if (effective instanceof Period period) {
      Instant start = instant(period.getStartElement());
      return start != null ? start : instant(period.getEndElement());
    }
    return null;
  }
}
