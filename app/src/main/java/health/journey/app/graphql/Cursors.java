package health.journey.app.graphql;

import health.journey.api.InvalidInput;
import health.journey.api.patient.PatientId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque cursors for the connections: base64url of where the last item of a page stands. */
final class Cursors {

  record PatientPosition(Instant openedAt, PatientId id) {}

  private Cursors() {}

  static String ofPatient(Instant openedAt, PatientId id) {
    long micros = openedAt.getEpochSecond() * 1_000_000L + openedAt.getNano() / 1_000;
    return encode("p:" + micros + ":" + id);
  }

  static PatientPosition patientPosition(String cursor) {
    String text = decode(cursor);
    String[] parts = text.split(":", 3);
    try {
      if (parts.length == 3 && parts[0].equals("p")) {
        long micros = Long.parseLong(parts[1]);
        Instant at =
            Instant.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        return new PatientPosition(at, PatientId.of(parts[2]));
      }
    } catch (IllegalArgumentException e) {
      // not ours
    }
    throw notACursor();
  }

  static String ofTimeline(long sequence) {
    return encode("t:" + sequence);
  }

  static long timelineSequence(String cursor) {
    String text = decode(cursor);
    try {
      if (text.startsWith("t:")) {
        return Long.parseLong(text.substring(2));
      }
    } catch (NumberFormatException e) {
      // not ours
    }
    throw notACursor();
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
  }

  private static InvalidInput notACursor() {
    return new InvalidInput("after", "after is not a cursor from this list");
  }
}
