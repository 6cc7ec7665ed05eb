package health.journey.query.patient;

import health.journey.api.PatientEvent;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentWithdrawn;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import health.journey.query.common.Narration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells each event of a journey in a sentence a health manager would write. Sentences carry no
 * personal data; a reason or note the event holds is kept beside them, sealed.
 */
final class TimelineNarrator {

  /** What a timeline entry says: its kind, its sentence, and the note given with it. */
  record Narration(String kind, String summary, PersonalData note) {}

  private TimelineNarrator() {}

  static Narration narrate(PatientEvent event) {
    if (event instanceof CardOpened e) {
      return new Narration(
          "CARD_OPENED",
          "Card "
              + e.cardNumber()
              + " opened ("
              + words(e.tier())
              + " tier) via "
              + words(e.channel())
              + "; stage "
              + words(e.stage()),
          null);
    }
    if (event instanceof ConsentGiven e) {
      return new Narration(
          "CONSENT_GIVEN",
          "Consent given for "
              + words(e.purpose())
              + " (wording "
              + e.wordingVersion()
              + ") via "
              + words(e.channel()),
          null);
    }
    if (event instanceof ConsentWithdrawn e) {
      return new Narration(
          "CONSENT_WITHDRAWN",
          "Consent withdrawn for " + words(e.purpose()) + " via " + words(e.channel()),
          e.reason());
    }
    if (event instanceof HealthRecordUpdated e) {
      return new Narration(
          "HEALTH_RECORD_UPDATED",
          "Health record updated: " + String.join(", ", parts(e)),
          e.notes());
    }
    if (event instanceof LifecycleStageChanged e) {
      return new Narration(
          "STAGE_CHANGED",
          "Moved from " + words(e.from()) + " to " + words(e.to()) + " stage",
          e.reason());
    }
    if (event instanceof TagApplied e) {
      return new Narration("TAG_APPLIED", "Tagged '" + e.tag() + "'", e.reason());
    }
    if (event instanceof TagRemoved e) {
      return new Narration("TAG_REMOVED", "Tag '" + e.tag() + "' removed", e.reason());
    }
    return new Narration(
        "OTHER", event.getClass().getSimpleName().replaceAll("(?<=.)([A-Z])", " $1"), null);
  }

  private static List<String> parts(HealthRecordUpdated e) {
    List<String> parts = new ArrayList<>();
    if (e.address() != null) {
      parts.add("address");
    }
    if (e.medicalHistory() != null) {
      parts.add("medical history");
    }
    if (e.familyHistory() != null) {
      parts.add("family history");
    }
    if (e.allergies() != null) {
      parts.add("allergies");
    }
    if (e.medications() != null) {
      parts.add("medications");
    }
    if (e.lifestyle() != null) {
      parts.add("lifestyle");
    }
    if (e.measurements() != null) {
      parts.add(measurements(e.measurements()));
    }
    if (e.notes() != null) {
      parts.add("notes");
    }
    return parts;
  }

  private static String measurements(BodyMeasurements m) {
    BigDecimal bmi = m.bmi();
    return bmi == null
        ? "body measurements"
        : "body measurements (BMI " + bmi.toPlainString() + ")";
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
