package health.journey.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one HAPI FHIR R4 context of the application, and the way every document is read: JSON checks,
 * the R4 structure check, then HAPI's parser with its strict error handler, so that content R4 does
 * not have is refused rather than silently dropped, and last the rules on a bundle's entries.
 */
final class FhirDocuments {

  /** As many entry issues as the structure check answers at most. */
  private static final int MAX_ENTRY_ISSUES = 50;

  private final FhirContext context;

  FhirDocuments(FhirContext context) {
    this.context = context;
  }

  /**
   * How the context reads: resources keep the id they were sent with (references are resolved
   * against fullUrl here, not by HAPI rewriting ids), and nothing is contained automatically.
   */
  static FhirContext configure(FhirContext context) {
    context.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
    context.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
    return context;
  }

  FhirContext context() {
    return context;
  }

  /**
   * Reads a document whose resource type must be one of {@code accepted}.
   *
   * @throws FhirRefusal (400) when it is not valid FHIR R4 JSON of an accepted type
   */
  IBaseResource read(String json, Set<String> accepted) {
    ObjectNode root = JsonScreen.read(json);
    JsonNode type = root.get("resourceType");
    if (type == null || !type.isString() || type.stringValue().isBlank()) {
      throw FhirRefusal.invalid(
          FhirIssue.error(
              "structure",
              "The document is not a FHIR resource: it has no resourceType.",
              "resourceType"));
    }
    String typeName = type.stringValue();
    RuntimeResourceDefinition definition;
    try {
      definition = context.getResourceDefinition(typeName);
    } catch (DataFormatException e) {
      throw FhirRefusal.invalid(
          FhirIssue.error(
              "not-supported",
              "The resourceType is not a resource type of FHIR R4.",
              "resourceType"));
    }
    if (!accepted.contains(definition.getName())) {
      throw FhirRefusal.invalid(
          FhirIssue.error(
              "invalid",
              "This endpoint takes "
                  + String.join(" or ", accepted.stream().sorted().toList())
                  + "; the document is a "
                  + definition.getName()
                  + ".",
              definition.getName() + ".resourceType"));
    }
    List<FhirIssue> breaches = StructureCheck.check(context, root, definition);
    if (!breaches.isEmpty()) {
      throw FhirRefusal.invalid(breaches);
    }
    Refusals handler = new Refusals();
    IParser parser = context.newJsonParser().setParserErrorHandler(handler);
    IBaseResource resource;
    try {
      resource = parser.parseResource(json);
    } catch (DataFormatException e) {
      throw FhirRefusal.invalid(handler.issue(root, definition.getName()));
    }
    if (resource instanceof Bundle bundle) {
      List<FhirIssue> entryBreaches = entryRules(bundle);
      if (!entryBreaches.isEmpty()) {
        throw FhirRefusal.invalid(entryBreaches);
      }
    }
    return resource;
  }

  /**
   * The R4 rules on a bundle's entries that reading depends on: each entry of a transaction, batch
   * or history names its request (bdl-3), and no two entries share a fullUrl unless they are two
   * versions of one resource (bdl-7), since a reference to it could not say which it means.
   */
  private static List<FhirIssue> entryRules(Bundle bundle) {
    Bundle.BundleType type = bundle.getType();
    boolean needsRequest =
        type == Bundle.BundleType.TRANSACTION
            || type == Bundle.BundleType.BATCH
            || type == Bundle.BundleType.HISTORY;
    Map<String, Integer> fullUrls = new HashMap<>();
    List<FhirIssue> breaches = new ArrayList<>();
    for (int i = 0; i < bundle.getEntry().size() && breaches.size() < MAX_ENTRY_ISSUES; i++) {
      Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
      String path = "Bundle.entry[" + i + "]";
      if (needsRequest && !entry.hasRequest()) {
        breaches.add(
            FhirIssue.error(
                "invalid",
                "Each entry of a " + type.toCode() + " bundle names its request (bdl-3).",
                path + ".request"));
      }
      if (type != Bundle.BundleType.HISTORY && entry.hasFullUrl()) {
        String version =
            entry.hasResource() && entry.getResource().hasMeta()
                ? entry.getResource().getMeta().getVersionId()
                : null;
        Integer earlier = fullUrls.putIfAbsent(entry.getFullUrl() + "\u0000" + version, i);
        if (earlier != null) {
          breaches.add(
              FhirIssue.error(
                  "invalid",
                  "The fullUrl of this entry is also the fullUrl of entry "
                      + earlier
                      + "; fullUrls are unique within a bundle (bdl-7), or references to them"
                      + " could not be resolved.",
                  path + ".fullUrl"));
        }
      }
    }
    return breaches;
  }

  /**
   * HAPI's strict handler, remembering what it refused so the answer can name the element. HAPI's
   * own messages quote the offending value, which may be personal, so they are not passed on.
   */
  private static final class Refusals extends StrictErrorHandler {

    private String code = "structure";
    private String diagnostics = "The document is not valid FHIR R4.";
    private String element;
    private String value;
    private boolean remembered;

    private void remember(String code, String element, String value, String diagnostics) {
      if (!remembered) {
        remembered = true;
        this.code = code;
        this.element = element;
        this.value = value;
        this.diagnostics = diagnostics;
      }
    }

    /** The issue, located at the first place in the document that fits what HAPI named. */
    FhirIssue issue(ObjectNode root, String rootType) {
      String path = element == null ? null : Locator.find(root, rootType, element, value);
      return FhirIssue.error(code, diagnostics, path == null ? rootType : path);
    }

    @Override
    public void unknownElement(IParseLocation location, String name) {
      remember(
          "structure", name, null, "Unknown element '" + name + "': it is not part of FHIR R4.");
      super.unknownElement(location, name);
    }

    @Override
    public void unknownAttribute(IParseLocation location, String name) {
      remember(
          "structure", name, null, "Unknown attribute '" + name + "': it is not part of FHIR R4.");
      super.unknownAttribute(location, name);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
      String name = location == null ? null : location.getParentElementName();
      remember(
          "value", name, value, "Element '" + name + "' has a value that is not valid in FHIR R4.");
      super.invalidValue(location, value, error);
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String name) {
      remember("structure", name, null, "Element '" + name + "' occurs more often than R4 allows.");
      super.unexpectedRepeatingElement(location, name);
    }

    @Override
    public void incorrectJsonType(
        IParseLocation location,
        String name,
        BaseJsonLikeValue.ValueType expected,
        BaseJsonLikeValue.ScalarType expectedScalar,
        BaseJsonLikeValue.ValueType found,
        BaseJsonLikeValue.ScalarType foundScalar) {
      remember("value", name, null, "Element '" + name + "' has the wrong JSON type.");
      super.incorrectJsonType(location, name, expected, expectedScalar, found, foundScalar);
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String name) {
      remember("required", name, null, "Required element '" + name + "' is missing.");
      super.missingRequiredElement(location, name);
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
      remember("required", "contained", null, "A contained resource has no id.");
      super.containedResourceWithNoId(location);
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
      remember(
          "structure", "extension", null, "An extension has both a value and nested extensions.");
      super.extensionContainsValueAndNestedExtensions(location);
    }
  }
}
