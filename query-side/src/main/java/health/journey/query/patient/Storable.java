package health.journey.query.patient;

import health.journey.api.MetaDataKeys;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.PatientEvent;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;

/**
 * Checks, before an event touches the read model, that the read model's columns can hold what it
 * carries. Commands are validated at the door, but an event may come from elsewhere (an import, an
 * upcaster, a rule written before a check existed). A value PostgreSQL refuses would otherwise fail
 * the whole batch when it commits, again at every retry, and hold up every patient of the segment;
 * refused here, in the handler, the event goes to the dead-letter queue with its patient's later
 * events, and everyone else's events go on.
 */
final class Storable {

  /** timestamptz and date reach from 4713 BC to far beyond; plausible times are narrower still. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
  private static final int NUMERIC_MAX_SCALE = 16_383;
  private static final int NUMERIC_MAX_INTEGER_DIGITS = 131_072;

  private Storable() {}

  /**
   * @throws UnstorableEvent naming the field that cannot be stored (never its value)
   */
  static void check(PatientEvent event, Instant recordedAt, MetaData metaData) {
    time(event.occurredAt(), "occurredAt");
    time(recordedAt, "timestamp");
    text(metaData.get(MetaDataKeys.ACTOR_ID), 200, "actor", false);
    text(metaData.get(MetaDataKeys.ACTING_ROLE), 64, "acting role", false);
    if (event instanceof CardOpened e) {
      text(e.cardNumber(), 32, "cardNumber", true);
      date(e.birthDate(), "birthDate");
    } else if (event instanceof ConsentGiven e) {
      text(e.wordingVersion(), 64, "wordingVersion", false);
    } else if (event instanceof TagApplied e) {
      text(e.tag(), 64, "tag", true);
    } else if (event instanceof TagRemoved e) {
      text(e.tag(), 64, "tag", true);
    } else if (event instanceof HealthRecordUpdated e) {
      terms(e.medicalHistory(), "medicalHistory");
      terms(e.familyHistory(), "familyHistory");
      terms(e.allergies(), "allergies");
      terms(e.medications(), "medications");
      Lifestyle lifestyle = e.lifestyle();
      if (lifestyle != null) {
        decimal(lifestyle.sleepHoursPerNight(), "lifestyle.sleepHoursPerNight");
      }
      BodyMeasurements measurements = e.measurements();
      if (measurements != null) {
        decimal(measurements.heightCm(), "measurements.heightCm");
        decimal(measurements.weightKg(), "measurements.weightKg");
        decimal(measurements.waistCm(), "measurements.waistCm");
        date(measurements.measuredOn(), "measurements.measuredOn");
      }
    }
  }

  private static void time(Instant time, String field) {
    require(time != null, field, "is missing");
    require(!time.isBefore(EARLIEST) && !time.isAfter(LATEST), field, "lies outside years 1-9999");
  }

  private static void date(LocalDate date, String field) {
    require(
        date == null || (date.getYear() >= 1 && date.getYear() <= 9999),
        field,
        "lies outside years 1-9999");
  }

  private static void decimal(BigDecimal value, String field) {
    if (value != null) {
      BigDecimal significant = value.stripTrailingZeros();
      require(
          significant.scale() <= NUMERIC_MAX_SCALE
              && significant.precision() - significant.scale() <= NUMERIC_MAX_INTEGER_DIGITS,
          field,
          "has more digits than a numeric column holds");
    }
  }

  private static void terms(List<String> terms, String field) {
    if (terms != null) {
      for (String term : terms) {
        text(term, Integer.MAX_VALUE, field + " entry", true);
      }
    }
  }

  private static void text(Object value, int maxLength, String field, boolean required) {
    if (value == null) {
      require(!required, field, "is missing");
      return;
    }
    String text = value.toString();
    require(
        text.codePointCount(0, text.length()) <= maxLength, field, "is longer than " + maxLength);
    // PostgreSQL text cannot hold NUL; a lone surrogate has no UTF-8 form
    require(
        text.codePoints()
            .noneMatch(
                c -> c == 0 || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)),
        field,
        "holds a character PostgreSQL text cannot");
  }

  private static void require(boolean condition, String field, String problem) {
    if (!condition) {
      throw new UnstorableEvent("The read model cannot store this event: " + field + " " + problem);
    }
  }

  /** An event with a value the read model's columns cannot hold. */
  static final class UnstorableEvent extends IllegalStateException {
    UnstorableEvent(String message) {
      super(message);
    }
  }
}
