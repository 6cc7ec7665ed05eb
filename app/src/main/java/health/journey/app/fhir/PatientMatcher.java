package health.journey.app.fhir;

import health.journey.api.PatientId;
import health.journey.api.patient.FindPatientByIdentifierQuery;
import health.journey.api.patient.PatientIdentifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds the patient a resource is about from what its sender gives: the subject's identifier, the
 * identifiers of a Patient resource the subject references within the document, or the subject's
 * literal reference ({@code Patient/<our id>}, or another system's reference linked to the patient
 * under {@code urn:ietf:rfc:3986}). A subject that names nobody known here, or names two different
 * patients, refuses the document.
 */
final class PatientMatcher {

  /** Finds the patient an identifier (system, value) names here. */
  interface Directory {
    Optional<PatientId> find(String system, String value);
  }

  private final Directory directory;
  private final Map<String, Optional<PatientId>> looked = new HashMap<>();

  PatientMatcher(Directory directory) {
    this.directory = directory;
  }

  /** Asks the command side, which answers from what it has committed. */
  static PatientMatcher asking(QueryGateway queries) {
    return new PatientMatcher(
        (system, value) ->
            Optional.ofNullable(
                    queries
                        .query(
                            new FindPatientByIdentifierQuery(system, value),
                            FindPatientByIdentifierQuery.Match.class)
                        .join()
                        .patientId())
                .map(PatientId::of));
  }

  PatientId match(Reference subject, Contents contents, Contents.Entry from, String path) {
    if (subject == null || subject.isEmpty()) {
      throw FhirRefusal.unprocessable(
          "required", "The resource names no patient (subject)", path + ".subject");
    }
    List<String[]> candidates = new ArrayList<>();
    if (subject.hasIdentifier()) {
      add(candidates, subject.getIdentifier());
    }
    if (subject.hasReference()) {
      Optional<Resource> resolved = contents.resolve(subject, from);
      if (resolved.isPresent() && resolved.get() instanceof Patient patient) {
        patient.getIdentifier().forEach(identifier -> add(candidates, identifier));
        contents
            .entryOf(patient)
            .map(Contents.Entry::fullUrl)
            .filter(url -> !url.startsWith("urn:uuid:"))
            .ifPresent(url -> candidates.add(new String[] {PatientIdentifiers.URI, url}));
      }
      String reference = Contents.absolute(subject.getReference(), from);
      if (reference.startsWith("Patient/")) {
        candidates.add(
            new String[] {PatientIdentifiers.PATIENT_ID, reference.substring("Patient/".length())});
      }
      candidates.add(new String[] {PatientIdentifiers.URI, reference});
    }
    Set<PatientId> found = new LinkedHashSet<>();
    for (String[] candidate : candidates) {
      lookUp(candidate[0], candidate[1]).ifPresent(found::add);
    }
    if (found.isEmpty()) {
      throw FhirRefusal.unprocessable(
          "not-found",
          "The patient this resource is about is not known here: name them by their patient id"
              + " (Patient/<id>), their card number (identifier system "
              + PatientIdentifiers.CARD_NUMBER
              + ") or an identifier linked to them (mutation linkPatientIdentifier)",
          path + ".subject");
    }
    if (found.size() > 1) {
      throw FhirRefusal.unprocessable(
          "business-rule",
          "The subject's identifiers name different patients here",
          path + ".subject");
    }
    return found.iterator().next();
  }

  private static void add(List<String[]> candidates, Identifier identifier) {
    if (identifier.hasSystem() && identifier.hasValue()) {
      candidates.add(new String[] {identifier.getSystem(), identifier.getValue()});
    }
  }

  private Optional<PatientId> lookUp(String system, String value) {
    return looked.computeIfAbsent(system + "\u0000" + value, k -> directory.find(system, value));
  }
}
