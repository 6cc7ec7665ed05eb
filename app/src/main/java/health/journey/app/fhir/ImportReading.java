package health.journey.app.fhir;

import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.patient.PatientIdentifiers;
import health.journey.api.questionnaire.Answer;
import health.journey.api.questionnaire.AnswerQuestionnaire;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.report.ExamReport;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportedValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a parsed document into an {@link ImportPlan}: exam reports from DiagnosticReports with the
 * Observations they reference (panels expanded through hasMember), Observations no report holds as
 * reports of their own, and QuestionnaireResponses as answers; everything else is ignored, and said
 * so. Patients are matched here; an unknown patient refuses the document, and so does a result
 * about another patient than the report that holds it.
 */
final class ImportReading {

  /** Our own system for the identifier of a booking a report answers (DiagnosticReport.basedOn). */
  static final String BOOKING_ID = "urn:journey:booking-id";

  /** The system of a report identified only by what it says (it names no identifier or URL). */
  static final String CONTENT = "urn:journey:fhir-content";

  private final Contents contents;
  private final PatientMatcher patients;
  private final Function<String, Optional<String>> questionnaires;
  private final ImportPlan plan = new ImportPlan();
  private final Set<Resource> taken = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Results of reports that are not imported: not reports of their own, nor taken. */
  private final Set<Resource> setAside = Collections.newSetFromMap(new IdentityHashMap<>());

  private ImportReading(
      Contents contents,
      PatientMatcher patients,
      Function<String, Optional<String>> questionnaires) {
    this.contents = contents;
    this.patients = patients;
    this.questionnaires = questionnaires;
  }

  /**
   * @param questionnaires the code of the published questionnaire documents name by a url
   */
  static ImportPlan plan(
      Resource document,
      PatientMatcher patients,
      Function<String, Optional<String>> questionnaires) {
    return new ImportReading(Contents.of(document), patients, questionnaires).read(document);
  }

  private ImportPlan read(Resource document) {
    if (document instanceof Bundle bundle) {
      Bundle.BundleType type = bundle.getType();
      if (type == Bundle.BundleType.HISTORY
          || type == Bundle.BundleType.TRANSACTIONRESPONSE
          || type == Bundle.BundleType.BATCHRESPONSE) {
        throw FhirRefusal.unprocessable(
            "not-supported",
            "A bundle of type "
                + type.toCode()
                + " holds no content to import (collection, transaction, batch, searchset,"
                + " document and message bundles do)",
            "Bundle.type");
      }
      for (int i = 0; i < bundle.getEntry().size(); i++) {
        if (!bundle.getEntry().get(i).hasResource()) {
          ImportPlan.Line line =
              new ImportPlan.Line(i, "Bundle.entry[" + i + "]", "entry " + i, "(request)");
          line.result = "ignored: the entry carries no resource (a request such as DELETE or GET)";
          plan.lines.add(line);
        }
      }
    }
    Map<Contents.Entry, ImportPlan.Line> lines = new LinkedHashMap<>();
    for (Contents.Entry entry : contents.entries()) {
      lines.put(
          entry, new ImportPlan.Line(entry.index(), entry.path(), entry.label(), entry.type()));
    }
    for (Contents.Entry entry : contents.entries()) {
      if (entry.resource() instanceof DiagnosticReport report) {
        report(report, entry, lines.get(entry));
      }
    }
    for (Contents.Entry entry : contents.entries()) {
      ImportPlan.Line line = lines.get(entry);
      Resource resource = entry.resource();
      if (resource instanceof Observation observation) {
        if (taken.contains(observation)) {
          line.result = "taken as a result of a report in this document";
          line.imported = true;
        } else if (setAside.contains(observation)) {
          line.result = "ignored: a result of a report that is not imported";
        } else {
          observation(observation, entry, line);
        }
      } else if (resource instanceof QuestionnaireResponse response) {
        response(response, entry, line);
      } else if (resource instanceof Patient) {
        line.result =
            "ignored: Patient resources are not imported; they identify the patient of the"
                + " other resources";
      } else if (!(resource instanceof DiagnosticReport)) {
        line.result =
            "ignored: "
                + entry.type()
                + " is not imported (reports, observations and questionnaire responses are)";
      }
    }
    plan.lines.addAll(lines.values());
    plan.lines.sort((a, b) -> Integer.compare(a.index, b.index));
    return plan;
  }

  private void report(DiagnosticReport report, Contents.Entry entry, ImportPlan.Line line) {
    Optional<ReportStatus> status = status(report.getStatus());
    if (status.isEmpty()) {
      line.result =
          "ignored: a report with status "
              + (report.getStatus() == null ? "(none)" : report.getStatus().toCode())
              + " is not imported";
      report.getResult().forEach(r -> contents.resolve(r, entry).ifPresent(setAside::add));
      return;
    }
    PatientId patient = patients.match(report.getSubject(), contents, entry, entry.path());
    Instant issued = report.hasIssued() ? report.getIssued().toInstant() : null;
    Instant effective = FhirTimes.effective(report.getEffective());
    Instant time = effective != null ? effective : issued;
    List<ReportedValue> values = new ArrayList<>();
    for (int i = 0; i < report.getResult().size(); i++) {
      Reference result = report.getResult().get(i);
      String path = entry.path() + ".result[" + i + "]";
      Optional<Resource> resolved = contents.resolve(result, entry);
      if (resolved.isEmpty() || !(resolved.get() instanceof Observation observation)) {
        line.notes.add(
            FhirIssue.warning(
                "not-found",
                "The result "
                    + safeReference(result)
                    + " names no Observation in this document: it is not imported",
                path));
        continue;
      }
      members(observation, patient, entry, path, time, values, line, 0);
    }
    String sourceSystem;
    String identifier;
    Optional<Identifier> own = identifier(report.getIdentifier());
    if (own.isPresent()) {
      sourceSystem = own.get().getSystem();
      identifier = own.get().getValue();
    } else {
      String[] fallback = fallbackIdentity(entry);
      sourceSystem = fallback[0];
      identifier = fallback[1];
    }
    String code =
        report.getCode().getCoding().stream()
            .filter(c -> ObservationValues.LOINC.equals(c.getSystem()) && c.hasCode())
            .map(Coding::getCode)
            .findFirst()
            .orElse(
                report.getCode().getCoding().stream()
                    .filter(Coding::hasCode)
                    .map(Coding::getCode)
                    .findFirst()
                    .orElse(null));
    String title =
        report.getCode().hasText()
            ? report.getCode().getText()
            : report.getCode().getCoding().stream()
                .filter(Coding::hasDisplay)
                .map(Coding::getDisplay)
                .findFirst()
                .orElse(null);
    ExamReport exam =
        examReport(
            sourceSystem,
            identifier,
            code,
            status.get(),
            title,
            issued != null ? issued : time,
            values,
            booking(report.getBasedOn()),
            entry.path());
    if (identifier == null) {
      exam = withContentIdentity(exam, entry.path());
    }
    plan.work(patient).reports.add(new ImportPlan.PlannedReport(exam, line));
    line.imported = true;
  }

  /**
   * The values of an observation and, for a panel, of its members (hasMember), once each. An
   * observation that names its subject must name {@code patient}, the patient of what holds it.
   */
  private void members(
      Observation observation,
      PatientId patient,
      Contents.Entry holder,
      String path,
      Instant time,
      List<ReportedValue> values,
      ImportPlan.Line line,
      int depth) {
    if (!taken.add(observation) || depth > 5) {
      return;
    }
    Contents.Entry own = contents.entryOf(observation).orElse(holder);
    String where = own == holder && depth == 0 && own.resource() != observation ? path : own.path();
    if (patient != null
        && observation.hasSubject()
        && !patient.equals(patients.match(observation.getSubject(), contents, own, where))) {
      throw FhirRefusal.unprocessable(
          "business-rule",
          "The result is about another patient than the report or panel that holds it",
          where + ".subject");
    }
    ObservationValues.Read read =
        ObservationValues.read(observation, sourceId(own, observation), where, time);
    values.addAll(read.values());
    line.notes.addAll(read.notes());
    for (int i = 0; i < observation.getHasMember().size(); i++) {
      Optional<Resource> member = contents.resolve(observation.getHasMember().get(i), own);
      if (member.isPresent() && member.get() instanceof Observation memberObservation) {
        members(
            memberObservation,
            patient,
            own,
            where + ".hasMember[" + i + "]",
            time,
            values,
            line,
            depth + 1);
      } else {
        line.notes.add(
            FhirIssue.warning(
                "not-found",
                "The panel member "
                    + safeReference(observation.getHasMember().get(i))
                    + " names no Observation in this document: it is not imported",
                where + ".hasMember[" + i + "]"));
      }
    }
  }

  /** An observation no report holds: a report of its own, with the observation's values. */
  private void observation(Observation observation, Contents.Entry entry, ImportPlan.Line line) {
    Optional<ReportStatus> status = observationStatus(observation.getStatus());
    PatientId patient = null;
    if (status.isPresent()) {
      patient = patients.match(observation.getSubject(), contents, entry, entry.path());
    }
    List<ReportedValue> values = new ArrayList<>();
    members(observation, patient, entry, entry.path(), null, values, line, 0);
    if (status.isEmpty() || values.isEmpty()) {
      line.result =
          status.isEmpty()
              ? "ignored: an observation with status "
                  + (observation.getStatus() == null ? "(none)" : observation.getStatus().toCode())
                  + " gives no value"
              : "ignored: no value to import";
      return;
    }
    Optional<Identifier> own = identifier(observation.getIdentifier());
    String[] identity =
        own.map(i -> new String[] {i.getSystem(), i.getValue()})
            .orElseGet(() -> fallbackIdentity(entry));
    Instant issued =
        observation.hasIssued() ? observation.getIssued().toInstant() : values.get(0).effectiveAt();
    ExamReport exam =
        examReport(
            identity[0],
            identity[1],
            ownCode(observation).orElse(values.get(0).code()),
            status.get(),
            values.get(0).name(),
            issued,
            values,
            null,
            entry.path());
    if (identity[1] == null) {
      exam = withContentIdentity(exam, entry.path());
    }
    plan.work(patient).reports.add(new ImportPlan.PlannedReport(exam, line));
    line.imported = true;
  }

  private void response(
      QuestionnaireResponse response, Contents.Entry entry, ImportPlan.Line line) {
    QuestionnaireResponse.QuestionnaireResponseStatus status = response.getStatus();
    if (status != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
        && status != QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED) {
      line.result =
          "ignored: a response with status "
              + (status == null ? "(none)" : status.toCode())
              + " is not imported (completed and amended responses are)";
      return;
    }
    PatientId patient = patients.match(response.getSubject(), contents, entry, entry.path());
    if (!response.hasQuestionnaire()) {
      throw FhirRefusal.unprocessable(
          "required",
          "The response names no questionnaire; answers are checked against the questionnaire"
              + " they answer",
          entry.path() + ".questionnaire");
    }
    String canonical = response.getQuestionnaire();
    String url =
        canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
    String code =
        questionnaires
            .apply(url)
            .orElseThrow(
                () ->
                    FhirRefusal.unprocessable(
                        "not-found",
                        "The questionnaire this response answers is not known here: import it first"
                            + " (POST /fhir/r4/Questionnaire) or answer one published here",
                        entry.path() + ".questionnaire"));
    List<Answer> answers = new ArrayList<>();
    answers(response.getItem(), entry.path(), answers);
    Optional<Identifier> own =
        response.hasIdentifier()
                && response.getIdentifier().hasSystem()
                && response.getIdentifier().hasValue()
            ? Optional.of(response.getIdentifier())
            : Optional.empty();
    String[] identity =
        own.map(i -> new String[] {i.getSystem(), i.getValue()})
            .orElseGet(() -> fallbackIdentity(entry));
    String answerId =
        UUID.nameUUIDFromBytes(
                ("fhir-answers:"
                        + patient
                        + "\u0000"
                        + identity[0]
                        + "\u0000"
                        + (identity[1] == null ? digest(answers.toString() + url) : identity[1]))
                    .getBytes(StandardCharsets.UTF_8))
            .toString();
    Instant authored =
        response.hasAuthored() ? FhirTimes.instant(response.getAuthoredElement()) : null;
    try {
      plan.work(patient)
          .answers
          .add(
              new ImportPlan.PlannedAnswers(
                  new AnswerQuestionnaire(
                      patient, answerId, code, null, answers, null, AnswerSource.FHIR, authored),
                  line));
    } catch (InvalidInput refused) {
      throw FhirRefusal.unprocessable("invalid", refused.getMessage(), entry.path());
    }
    line.imported = true;
  }

  private void answers(
      List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items,
      String path,
      List<Answer> answers) {
    for (int i = 0; i < items.size(); i++) {
      QuestionnaireResponse.QuestionnaireResponseItemComponent item = items.get(i);
      String here = path + ".item[" + i + "]";
      if (item.hasAnswer()) {
        List<String> codes = new ArrayList<>();
        BigDecimal number = null;
        String text = null;
        java.time.LocalDate date = null;
        for (QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer :
            item.getAnswer()) {
          if (answer.hasValueCoding()) {
            codes.add(answer.getValueCoding().getCode());
          } else if (answer.hasValueBooleanType()) {
            codes.add(String.valueOf(answer.getValueBooleanType().getValue()));
          } else if (answer.hasValueIntegerType()) {
            number = BigDecimal.valueOf(answer.getValueIntegerType().getValue());
          } else if (answer.hasValueDecimalType()) {
            number = answer.getValueDecimalType().getValue();
          } else if (answer.hasValueQuantity()) {
            number = answer.getValueQuantity().getValue();
          } else if (answer.hasValueStringType()) {
            text = answer.getValueStringType().getValue();
          } else if (answer.hasValueDateType()) {
            date = FhirTimes.localDate(answer.getValueDateType());
          } else if (answer.hasValueDateTimeType()) {
            date = FhirTimes.localDate(answer.getValueDateTimeType());
          }
          answers(answer.getItem(), here, answers);
        }
        try {
          answers.add(new Answer(item.getLinkId(), codes, number, text, date));
        } catch (InvalidInput refused) {
          throw FhirRefusal.unprocessable("invalid", refused.getMessage(), here);
        }
      }
      answers(item.getItem(), here, answers);
    }
  }

  private ExamReport examReport(
      String sourceSystem,
      String identifier,
      String code,
      ReportStatus status,
      String title,
      Instant issuedAt,
      List<ReportedValue> values,
      String bookingId,
      String path) {
    try {
      return new ExamReport(
          sourceSystem == null ? CONTENT : sourceSystem,
          identifier == null ? "pending" : shortened(identifier),
          code != null && code.length() <= 64 ? code : null,
          status,
          title == null ? null : ObservationValues.trim(title.replace("\r", ""), 200),
          issuedAt,
          values,
          bookingId);
    } catch (InvalidInput refused) {
      throw FhirRefusal.unprocessable("invalid", refused.getMessage(), path);
    }
  }

  /** A report that names no identifier and no URL is known by what it says. */
  private static ExamReport withContentIdentity(ExamReport report, String path) {
    return new ExamReport(
        CONTENT,
        report.contentHash().substring(0, 32),
        report.code(),
        report.status(),
        report.title(),
        report.issuedAt(),
        report.values(),
        report.bookingId());
  }

  /** An identifier too long to keep is kept by its digest. */
  private static String shortened(String identifier) {
    return identifier.length() <= 128 ? identifier : "sha256:" + digest(identifier);
  }

  /** The sender's identifier: an official one with system and value, else any with both. */
  private static Optional<Identifier> identifier(List<Identifier> identifiers) {
    return identifiers.stream()
        .filter(i -> i.hasSystem() && i.hasValue())
        .filter(i -> i.getUse() == Identifier.IdentifierUse.OFFICIAL)
        .findFirst()
        .or(() -> identifiers.stream().filter(i -> i.hasSystem() && i.hasValue()).findFirst());
  }

  /**
   * A resource without an identifier is known by its RESTful fullUrl (or Type/id when it has no
   * fullUrl); a {@code urn:uuid:} fullUrl names it within one message only, so such a resource is
   * known by what it says.
   */
  private static String[] fallbackIdentity(Contents.Entry entry) {
    String url = entry.fullUrl();
    if (url != null && !url.startsWith("urn:")) {
      return new String[] {PatientIdentifiers.URI, url};
    }
    String id = entry.resource().getIdElement().getIdPart();
    if (url == null && id != null) {
      return new String[] {PatientIdentifiers.URI, entry.type() + "/" + id};
    }
    return new String[] {CONTENT, null};
  }

  private static String sourceId(Contents.Entry entry, Observation observation) {
    if (entry.resource() == observation) {
      return entry.label();
    }
    String id = observation.getIdElement().getIdPart();
    return entry.label() + "#" + (id == null ? "observation" : id);
  }

  /** An observation's own code: its LOINC coding, else its first coding short enough to keep. */
  private static Optional<String> ownCode(Observation observation) {
    return observation.getCode().getCoding().stream()
        .filter(c -> ObservationValues.LOINC.equals(c.getSystem()) && c.hasCode())
        .map(Coding::getCode)
        .findFirst()
        .or(
            () ->
                observation.getCode().getCoding().stream()
                    .filter(Coding::hasCode)
                    .map(Coding::getCode)
                    .filter(code -> code.length() <= 32)
                    .findFirst())
        .filter(code -> code.length() <= 32);
  }

  private static String booking(List<Reference> basedOn) {
    return basedOn.stream()
        .filter(Reference::hasIdentifier)
        .map(Reference::getIdentifier)
        .filter(
            i -> BOOKING_ID.equals(i.getSystem()) && i.hasValue() && i.getValue().length() <= 64)
        .map(Identifier::getValue)
        .findFirst()
        .orElse(null);
  }

  private static Optional<ReportStatus> status(DiagnosticReport.DiagnosticReportStatus status) {
    if (status == null) {
      return Optional.empty();
    }
    return switch (status) {
      case REGISTERED -> Optional.of(ReportStatus.REGISTERED);
      case PARTIAL -> Optional.of(ReportStatus.PARTIAL);
      case PRELIMINARY -> Optional.of(ReportStatus.PRELIMINARY);
      case FINAL -> Optional.of(ReportStatus.FINAL);
      case AMENDED -> Optional.of(ReportStatus.AMENDED);
      case CORRECTED -> Optional.of(ReportStatus.CORRECTED);
      case APPENDED -> Optional.of(ReportStatus.APPENDED);
      default -> Optional.empty();
    };
  }

  private static Optional<ReportStatus> observationStatus(Observation.ObservationStatus status) {
    if (status == null) {
      return Optional.empty();
    }
    return switch (status) {
      case REGISTERED -> Optional.of(ReportStatus.REGISTERED);
      case PRELIMINARY -> Optional.of(ReportStatus.PRELIMINARY);
      case FINAL -> Optional.of(ReportStatus.FINAL);
      case AMENDED -> Optional.of(ReportStatus.AMENDED);
      case CORRECTED -> Optional.of(ReportStatus.CORRECTED);
      default -> Optional.empty();
    };
  }

  /** A reference as shown in answers: only when it is a plain URL or Type/id. */
  private static String safeReference(Reference reference) {
    String ref = reference.getReference();
    return ref != null && ref.length() <= 200 && ref.matches("[\\x21-\\x7e]+")
        ? ref
        : "(a reference)";
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
