package health.journey.query.patient;

import static health.journey.query.common.Narration.words;

import health.journey.api.PatientEvent;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.PatientIdentifierLinked;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the patient feature's events (card, health record, lifecycle) as a health manager would
 * write them. Clinical values (a BMI) are kept out of the sentence, sealed as its detail.
 */
@Component
class PatientNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
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
              + words(e.stage()));
    }
    if (event instanceof HealthRecordUpdated e) {
      return new Narration(
          "HEALTH_RECORD_UPDATED",
          "Health record updated: " + String.join(", ", parts(e)),
          detail(e),
          e.notes());
    }
    if (event instanceof LifecycleStageChanged e) {
      return new Narration(
          "STAGE_CHANGED",
          "Moved from " + words(e.from()) + " to " + words(e.to()) + " stage",
          null,
          e.reason());
    }
    if (event instanceof PatientIdentifierLinked e) {
      return new Narration(
          "IDENTIFIER_LINKED",
          "Linked an identifier of " + e.system() + " for documents other systems send",
          null,
          null);
    }
    return null;
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
      parts.add("body measurements");
    }
    if (e.notes() != null) {
      parts.add("notes");
    }
    return parts;
  }

  /** The BMI the measurements give, as a clinical detail of the entry. */
  private static String detail(HealthRecordUpdated e) {
    BigDecimal bmi =
        e.measurements() == null
            ? null
            : e.measurements().reveal().map(BodyMeasurements::bmi).orElse(null);
    return bmi == null ? null : "BMI " + bmi.toPlainString();
  }
}
