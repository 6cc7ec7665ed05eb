package health.journey.api.report;

import health.journey.api.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * An exam report (同步检查报告数据) as it arrives from an exam centre's or hospital's system: who sent it
 * and under which identifier, its status, when it was issued, and its results. The same report
 * (source system, identifier and content) sent twice is one report.
 *
 * @param sourceSystem the sending system (a FHIR identifier system, or a name agreed with it)
 * @param identifier the sender's identifier of the report (e.g. an accession number)
 * @param code what kind of report it is, as the sender codes it (LOINC 57698-3, a lipid panel),
 *     when it says: an order's identifier shared by reports of several panels names one report per
 *     panel
 * @param status the report's status
 * @param title what the report is (e.g. "Lipid Panel", 血脂四项)
 * @param issuedAt when the sender issued it
 * @param values its results
 * @param bookingId the exam booking it answers, when known
 */
public record ExamReport(
    String sourceSystem,
    String identifier,
    String code,
    ReportStatus status,
    String title,
    Instant issuedAt,
    List<ReportedValue> values,
    String bookingId) {

  public ExamReport {
    sourceSystem = InvalidInput.requireName(sourceSystem, "sourceSystem", 256);
    identifier = InvalidInput.requireName(identifier, "identifier", 128);
    code = code == null ? null : InvalidInput.requireName(code, "code", 64);
    InvalidInput.require(status != null, "status", "status is required");
    title = title == null ? null : InvalidInput.requireText(title, "title", 200);
    values = values == null ? List.of() : List.copyOf(values);
    InvalidInput.require(values.size() <= 500, "values", "a report may hold at most 500 results");
  }

  /**
   * The id of this report in {@code patient}'s record: the same sender, identifier and kind of
   * report always give the same id.
   */
  public String idFor(health.journey.api.PatientId patient) {
    return java.util
        .UUID
        .nameUUIDFromBytes(
            ("patient-journey:report:"
                    + patient
                    + "\u0000"
                    + sourceSystem
                    + "\u0000"
                    + identifier
                    + (code == null ? "" : "\u0000" + code))
                .getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * A fingerprint of what the report says (status aside): the same report sent again has the same
   * fingerprint; changed content has another.
   */
  public String contentHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.valueOf(title).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(issuedAt).getBytes(StandardCharsets.UTF_8));
      for (ReportedValue v : values) {
        sha.update((byte) 1);
        sha.update(
            String.join(
                    "\u0000",
                    String.valueOf(v.code()),
                    String.valueOf(
                        v.originalValue() == null ? null : v.originalValue().toPlainString()),
                    String.valueOf(v.originalUnit()),
                    String.valueOf(v.text()),
                    String.valueOf(v.effectiveAt()),
                    String.valueOf(v.referenceLow()),
                    String.valueOf(v.referenceHigh()),
                    String.valueOf(v.flag()))
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
