package health.journey.app.fhir;

import java.time.Instant;

/** FHIR documents as senders send them, for tests of other features. */
public final class SentDocumentsAccess {

  private SentDocumentsAccess() {}

  /** A collection bundle with one final report of our patient holding the observations. */
  public static String report(
      String patientId, String identifier, Instant issued, String... observations) {
    return SentDocuments.report(patientId, identifier, "final", issued, null, observations);
  }

  /** An observation with a quantity. */
  public static String quantity(String loinc, String display, String value, String unit) {
    return SentDocuments.quantity(loinc, display, value, unit);
  }
}
