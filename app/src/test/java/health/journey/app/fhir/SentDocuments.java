package health.journey.app.fhir;

import java.time.Instant;
import java.util.UUID;

/** FHIR R4 documents as an exam centre's system sends them, built for tests. */
final class SentDocuments {

  private SentDocuments() {}

  /** A collection bundle: one exam report with the given observations, about our patient. */
  static String report(
      String patientId,
      String identifier,
      String status,
      Instant issued,
      String bookingId,
      String... observations) {
    StringBuilder entries = new StringBuilder();
    StringBuilder results = new StringBuilder();
    for (int i = 0; i < observations.length; i++) {
      String url = "urn:uuid:" + UUID.randomUUID();
      results.append(i == 0 ? "" : ",").append("{\"reference\":\"").append(url).append("\"}");
      entries
          .append(",{\"fullUrl\":\"")
          .append(url)
          .append("\",\"resource\":")
          .append(
              observations[i].replace("$PATIENT", patientId).replace("$TIME", issued.toString()))
          .append('}');
    }
    String basedOn =
        bookingId == null
            ? ""
            : ",\"basedOn\":[{\"identifier\":{\"system\":\"urn:journey:booking-id\",\"value\":\""
                + bookingId
                + "\"}}]";
    return """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:%s","resource":{"resourceType":"DiagnosticReport",
            "identifier":[{"system":"urn:oid:2.16.156.99.1.exam-centre","value":"%s"}],
            "status":"%s",
            "code":{"coding":[{"system":"http://loinc.org","code":"11502-2","display":"Laboratory report"}],"text":"年度体检报告"},
            "subject":{"reference":"Patient/%s"},
            "effectiveDateTime":"%s","issued":"%s"%s,
            "result":[%s]}}%s]}"""
        .formatted(
            UUID.randomUUID(),
            identifier,
            status,
            patientId,
            issued,
            issued,
            basedOn,
            results,
            entries);
  }

  /** An observation with a quantity, as most results come. */
  static String quantity(String loinc, String display, String value, String unit) {
    return """
        {"resourceType":"Observation","status":"final",
         "code":{"coding":[{"system":"http://loinc.org","code":"%s","display":"%s"}]},
         "subject":{"reference":"Patient/$PATIENT"},"effectiveDateTime":"$TIME",
         "valueQuantity":{"value":%s,"unit":"%s","system":"http://unitsofmeasure.org","code":"%s"}}"""
        .formatted(loinc, display, value, unit, unit);
  }
}
