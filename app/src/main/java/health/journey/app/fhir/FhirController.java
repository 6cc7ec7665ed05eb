package health.journey.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import health.journey.api.questionnaire.QuestionnaireVersionView;
import health.journey.app.platform.messaging.Actor;
import health.journey.app.platform.security.Access;
import health.journey.app.platform.security.AccessKind;
import health.journey.app.platform.security.Permissions;
import health.journey.app.platform.security.Staff;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FHIR R4 endpoint (同步检查报告数据): exam reports, observations and questionnaire responses as other
 * systems send them, and questionnaires to answer. {@code application/fhir+json} in and out; every
 * refusal is an {@code OperationOutcome} with a 4xx status, and nothing of a refused document is
 * stored.
 */
@RestController
@RequestMapping("/fhir/r4")
class FhirController {

  static final String FHIR_JSON = "application/fhir+json";
  private static final List<String> IMPORTED =
      List.of("Bundle", "DiagnosticReport", "Observation", "QuestionnaireResponse");
  private static final Logger LOG = LoggerFactory.getLogger(FhirController.class);

  private final FhirContext fhir;
  private final FhirDocuments documents;
  private final FhirImporter importer;
  private final FhirProperties properties;

  FhirController(
      FhirContext fhir, FhirDocuments documents, FhirImporter importer, FhirProperties properties) {
    this.fhir = fhir;
    this.documents = documents;
    this.importer = importer;
    this.properties = properties;
  }

  /** What this endpoint serves. */
  @GetMapping("/metadata")
  ResponseEntity<String> metadata() {
    CapabilityStatement capabilities = new CapabilityStatement();
    capabilities.setStatus(Enumerations.PublicationStatus.ACTIVE);
    capabilities.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
    capabilities.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
    capabilities.addFormat("application/fhir+json");
    capabilities.getDateElement().setValue(new java.util.Date(0));
    CapabilityStatement.CapabilityStatementRestComponent rest = capabilities.addRest();
    rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
    for (String type :
        List.of("DiagnosticReport", "Observation", "QuestionnaireResponse", "Questionnaire")) {
      rest.addResource()
          .setType(type)
          .addInteraction()
          .setCode(CapabilityStatement.TypeRestfulInteraction.CREATE);
    }
    rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION);
    rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.BATCH);
    return answer(200, capabilities);
  }

  /** A bundle posted to the base, as FHIR transactions and batches are. */
  @PostMapping({"", "/"})
  ResponseEntity<String> base(HttpServletRequest request) throws IOException {
    return post("Bundle", request);
  }

  @PostMapping("/{type}")
  ResponseEntity<String> post(@PathVariable String type, HttpServletRequest request)
      throws IOException {
    if (!IMPORTED.contains(type) && !type.equals("Questionnaire")) {
      throw new FhirRefusal(
          404,
          FhirIssue.error(
              "not-supported",
              "This endpoint takes Bundle, DiagnosticReport, Observation, QuestionnaireResponse and"
                  + " Questionnaire",
              null));
    }
    Staff staff = Staff.of(SecurityContextHolder.getContext().getAuthentication());
    AccessKind needed = type.equals("Questionnaire") ? AccessKind.CONFIGURE : AccessKind.CHANGE;
    if (Permissions.of(staff.role(), needed) == Access.NONE) {
      throw new FhirRefusal(
          403,
          FhirIssue.error(
              "forbidden",
              "Your role may not "
                  + (needed == AccessKind.CONFIGURE
                      ? "define questionnaires"
                      : "record patient data"),
              null));
    }
    checkMediaTypes(request);
    Resource resource =
        (Resource) documents.read(new String(body(request), StandardCharsets.UTF_8), Set.of(type));
    Actor actor = Actor.of(staff);
    if (resource instanceof Questionnaire questionnaire) {
      QuestionnaireVersionView published = importer.importQuestionnaire(questionnaire, actor);
      return answer(
          200,
          OperationOutcomes.outcome(
              List.of(
                  FhirIssue.information(
                      "Questionnaire "
                          + published.code()
                          + " version "
                          + published.version()
                          + " is published and takes answers",
                      "Questionnaire"))),
          "Questionnaire/" + published.code());
    }
    FhirImporter.Imported imported = importer.importContent(resource, actor);
    List<FhirIssue> issues = new java.util.ArrayList<>(OperationOutcomes.lines(imported.plan()));
    if (!imported.projected()) {
      issues.add(
          FhirIssue.warning(
              "transient",
              "Stored, but the read models did not show it within the wait; they will shortly",
              null));
    }
    if (resource instanceof Bundle bundle
        && (bundle.getType() == Bundle.BundleType.TRANSACTION
            || bundle.getType() == Bundle.BundleType.BATCH)) {
      return answer(200, OperationOutcomes.response(imported.plan(), bundle.getType()));
    }
    return answer(200, OperationOutcomes.outcome(issues));
  }

  @ExceptionHandler(FhirRefusal.class)
  ResponseEntity<String> refused(FhirRefusal refusal) {
    return answer(refusal.status(), OperationOutcomes.outcome(refusal.issues()));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<String> failed(RuntimeException failure) {
    LOG.error("A FHIR request failed; nothing of it was stored", failure);
    return answer(
        500,
        OperationOutcomes.outcome(
            List.of(
                new FhirIssue(
                    "fatal",
                    "exception",
                    "The document could not be processed; nothing of it was stored. Try again"
                        + " later, or tell the operators",
                    null))));
  }

  private void checkMediaTypes(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null) {
      throw new FhirRefusal(
          415,
          FhirIssue.error(
              "not-supported", "Say what the body is: Content-Type application/fhir+json", null));
    }
    String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
    String mediaType = parts[0].strip();
    if (!mediaType.equals(FHIR_JSON)
        && !mediaType.equals("application/json")
        && !mediaType.equals("application/json+fhir")) {
      throw new FhirRefusal(
          415,
          FhirIssue.error(
              "not-supported",
              "This endpoint takes FHIR JSON (application/fhir+json)"
                  + (mediaType.contains("xml") ? "; XML is not served" : ""),
              null));
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].strip().split("=", 2);
      if (parameter[0].equals("fhirversion")
          && parameter.length == 2
          && !parameter[1].replace("\"", "").startsWith("4.0")) {
        throw new FhirRefusal(
            415,
            FhirIssue.error(
                "not-supported",
                "This endpoint takes FHIR R4 (fhirVersion=4.0); the body says it is another version",
                null));
      }
      if (parameter[0].equals("charset")
          && parameter.length == 2
          && !parameter[1].replace("\"", "").equalsIgnoreCase("utf-8")) {
        throw new FhirRefusal(
            415,
            FhirIssue.error(
                "not-supported", "FHIR JSON is UTF-8; no other charset is taken", null));
      }
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null && !accept.isBlank()) {
      String accepted = accept.toLowerCase(Locale.ROOT);
      if (!(accepted.contains(FHIR_JSON)
          || accepted.contains("application/json")
          || accepted.contains("application/*")
          || accepted.contains("*/*"))) {
        throw new FhirRefusal(
            406,
            FhirIssue.error(
                "not-supported", "This endpoint answers in application/fhir+json only", null));
      }
    }
  }

  private byte[] body(HttpServletRequest request) throws IOException {
    long limit = properties.maxRequestSize().toBytes();
    if (request.getContentLengthLong() > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw tooLarge(limit);
      }
      if (body.length == 0) {
        throw FhirRefusal.invalid(
            List.of(FhirIssue.error("required", "The body is empty: send a FHIR resource", null)));
      }
      return body;
    }
  }

  private static FhirRefusal tooLarge(long limit) {
    return new FhirRefusal(
        413,
        FhirIssue.error(
            "too-costly",
            "The document is larger than the %,d bytes taken (journey.fhir.max-request-size); send it in parts"
                .formatted(limit),
            null));
  }

  private ResponseEntity<String> answer(int status, Resource resource) {
    return answer(status, resource, null);
  }

  private ResponseEntity<String> answer(int status, Resource resource, String location) {
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(status)
            .header(HttpHeaders.CONTENT_TYPE, FHIR_JSON + ";charset=UTF-8");
    if (location != null) {
      builder.header(HttpHeaders.CONTENT_LOCATION, location);
    }
    return builder.body(OperationOutcomes.json(fhir, resource));
  }
}
