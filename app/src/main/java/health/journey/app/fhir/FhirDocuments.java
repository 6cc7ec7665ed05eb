package health.journey.app.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a FHIR R4 JSON document with HAPI FHIR's R4 structures, refusing whatever is not R4: broken
 * JSON and duplicate keys, elements R4 does not have (STU3 content), lists where R4 allows one
 * value and single values where it wants a list, missing required elements, and values a type does
 * not take (a bad decimal or date). Every problem comes back with its location, and none echoes the
 * document's content.
 */
final class FhirDocuments {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final FhirContext fhir;

  FhirDocuments(FhirContext fhir) {
    this.fhir = fhir;
  }

  /**
   * The resource the body holds.
   *
   * @throws FhirRefusal (400) naming every problem found and where
   */
  Resource read(byte[] body) {
    JsonNode tree = tree(body);
    if (!tree.isObject() || !tree.path("resourceType").isString()) {
      throw FhirRefusal.invalid(
          List.of(
              FhirIssue.error(
                  "structure",
                  "A FHIR JSON document is an object whose resourceType names its resource",
                  null)));
    }
    List<FhirIssue> issues = new ArrayList<>();
    new Structure(issues).resource(tree, tree.path("resourceType").asString());
    if (!issues.isEmpty()) {
      throw FhirRefusal.invalid(issues);
    }
    IParser parser = fhir.newJsonParser();
    Collector collector = new Collector(tree, issues);
    parser.setParserErrorHandler(collector);
    Resource resource;
    try {
      resource =
          (Resource)
              parser.parseResource(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    } catch (DataFormatException | ClassCastException refused) {
      throw FhirRefusal.invalid(
          List.of(
              FhirIssue.error(
                  "structure", "The document could not be read as FHIR R4 content", null)));
    }
    if (!issues.isEmpty()) {
      throw FhirRefusal.invalid(issues);
    }
    return resource;
  }

  /** The JSON tree, or a refusal saying where the JSON breaks (never what it says there). */
  private static JsonNode tree(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (JacksonException broken) {
      String where =
          broken.getLocation() == null
              ? ""
              : " (line %d, column %d)"
                  .formatted(broken.getLocation().getLineNr(), broken.getLocation().getColumnNr());
      boolean duplicate = String.valueOf(broken.getOriginalMessage()).startsWith("Duplicate");
      throw FhirRefusal.invalid(
          List.of(
              FhirIssue.error(
                  "structure",
                  (duplicate
                          ? "The JSON names a property twice in one object"
                          : "The body is not well-formed JSON")
                      + where,
                  null)));
    }
  }

  /** Checks a JSON tree against the R4 definitions HAPI FHIR holds: names, cardinality, kinds. */
  private final class Structure {

    private final List<FhirIssue> issues;

    Structure(List<FhirIssue> issues) {
      this.issues = issues;
    }

    void resource(JsonNode node, String path) {
      if (!node.isObject()) {
        issues.add(FhirIssue.error("structure", path + " must be a resource (an object)", path));
        return;
      }
      String type = node.path("resourceType").asString("");
      RuntimeResourceDefinition definition;
      try {
        definition = fhir.getResourceDefinition(type);
      } catch (DataFormatException unknown) {
        issues.add(
            FhirIssue.error(
                "not-supported",
                "resourceType "
                    + printable(type)
                    + " is not a FHIR R4 resource (is the content of another FHIR version?)",
                path + ".resourceType"));
        return;
      }
      composite(definition, node, path);
    }

    void composite(
        BaseRuntimeElementCompositeDefinition<?> definition, JsonNode node, String path) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String name = property.getKey();
        if (name.equals("resourceType") || name.startsWith("_") || name.equals("fhir_comments")) {
          continue;
        }
        BaseRuntimeChildDefinition child = definition.getChildByName(name);
        if (child == null) {
          if (!name.equals("id") && !name.equals("url")) {
            issues.add(
                FhirIssue.error(
                    "structure",
                    "Element "
                        + printable(name)
                        + " is not part of FHIR R4 "
                        + definition.getName()
                        + " (is the content of another FHIR version?)",
                    path + "." + printable(name)));
          }
          continue;
        }
        JsonNode value = property.getValue();
        boolean many = child.getMax() != 1;
        if (value.isArray()) {
          if (!many) {
            issues.add(
                FhirIssue.error(
                    "structure",
                    name + " takes one value in FHIR R4, not a list",
                    path + "." + name));
            continue;
          }
          for (int i = 0; i < value.size(); i++) {
            value(child, name, value.get(i), path + "." + name + "[" + i + "]");
          }
        } else {
          if (many) {
            issues.add(
                FhirIssue.error(
                    "structure",
                    name + " takes a list (a JSON array) in FHIR R4",
                    path + "." + name));
            continue;
          }
          value(child, name, value, path + "." + name);
        }
      }
      for (BaseRuntimeChildDefinition child : definition.getChildren()) {
        if (child.getMin() > 0
            && child.getValidChildNames().stream()
                .noneMatch(n -> node.has(n) || node.has("_" + n))) {
          String name = child.getElementName();
          issues.add(
              FhirIssue.error(
                  "required",
                  name + " is required in FHIR R4 " + definition.getName(),
                  path + "." + name));
        }
      }
    }

    private void value(BaseRuntimeChildDefinition child, String name, JsonNode node, String path) {
      BaseRuntimeElementDefinition<?> element = child.getChildByName(name);
      if (element == null) {
        return;
      }
      switch (element.getChildType()) {
        case COMPOSITE_DATATYPE, RESOURCE_BLOCK -> {
          if (node.isObject()) {
            composite((BaseRuntimeElementCompositeDefinition<?>) element, node, path);
          } else {
            issues.add(FhirIssue.error("structure", name + " takes an object in FHIR R4", path));
          }
        }
        case RESOURCE, CONTAINED_RESOURCES, CONTAINED_RESOURCE_LIST -> resource(node, path);
        case PRIMITIVE_DATATYPE, ID_DATATYPE -> {
          if (node.isObject() || node.isArray()) {
            issues.add(
                FhirIssue.error("structure", name + " takes a single value in FHIR R4", path));
          }
        }
        default -> {
          // extensions and narrative: checked by the parser
        }
      }
    }
  }

  /** Collects what HAPI FHIR's parser reports, with a location found in the tree. */
  private static final class Collector implements IParserErrorHandler {

    private final JsonNode tree;
    private final List<FhirIssue> issues;

    Collector(JsonNode tree, List<FhirIssue> issues) {
      this.tree = tree;
      this.issues = issues;
    }

    private void add(String code, String diagnostics, String element, String value) {
      issues.add(
          FhirIssue.error(code, diagnostics, JsonPaths.find(tree, element, value).orElse(null)));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
      add("structure", "A contained resource has no id", "contained", null);
    }

    @Override
    public void incorrectJsonType(
        IParseLocation location,
        String element,
        BaseJsonLikeValue.ValueType expected,
        BaseJsonLikeValue.ScalarType expectedScalar,
        BaseJsonLikeValue.ValueType found,
        BaseJsonLikeValue.ScalarType foundScalar) {
      add(
          "structure",
          "Element "
              + printable(element)
              + " has the wrong JSON type: "
              + describe(expected, expectedScalar)
              + " expected, "
              + describe(found, foundScalar)
              + " found",
          element,
          null);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
      String element = elementOf(location);
      add(
          "value",
          "Element " + printable(element) + " holds a value its FHIR R4 type does not take",
          element,
          value);
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String element) {
      add("required", "Element " + printable(element) + " is required", element, null);
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String element) {
      add(
          "structure",
          "Element " + printable(element) + " takes one value in FHIR R4, not a list",
          element,
          null);
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attribute) {
      add(
          "structure",
          "Attribute " + printable(attribute) + " is not part of FHIR R4",
          attribute,
          null);
    }

    @Override
    public void unknownElement(IParseLocation location, String element) {
      add(
          "structure",
          "Element "
              + printable(element)
              + " is not part of FHIR R4 (is the content of another FHIR version?)",
          element,
          null);
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
      // a reference to something outside the document is not an error of the document
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
      add("structure", "A reference to a contained resource names none", "reference", null);
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
      add("structure", "An extension holds both a value and nested extensions", "extension", null);
    }

    private static String elementOf(IParseLocation location) {
      String name = location == null ? null : location.getParentElementName();
      return name == null ? "value" : name;
    }

    private static String describe(
        BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
      if (type == null) {
        return "nothing";
      }
      return type == BaseJsonLikeValue.ValueType.SCALAR && scalar != null
          ? scalar.name().toLowerCase(java.util.Locale.ROOT)
          : type.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A name from the document, shown only when it is a plain element name (never free text). */
  static String printable(String name) {
    return name != null && name.matches("[A-Za-z][A-Za-z0-9_\\-\\[\\]]{0,63}") ? name : "(unnamed)";
  }

  /** Where in a JSON tree a property is, as a FHIRPath-like expression. */
  static final class JsonPaths {

    private JsonPaths() {}

    /** The first property named {@code name} (holding {@code value}, when given), depth first. */
    static Optional<String> find(JsonNode root, String name, String value) {
      String type = root.path("resourceType").asString("");
      return find(root, type.isEmpty() ? "$" : printable(type), name, value);
    }

    private static Optional<String> find(JsonNode node, String path, String name, String value) {
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          String here = path + "." + property.getKey();
          JsonNode child = property.getValue();
          if (property.getKey().equals(name)
              && (value == null || (child.isValueNode() && value.equals(child.asString())))) {
            return Optional.of(here);
          }
          Optional<String> below = find(child, here, name, value);
          if (below.isPresent()) {
            return below;
          }
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          Optional<String> below = find(node.get(i), path + "[" + i + "]", name, value);
          if (below.isPresent()) {
            return below;
          }
        }
      }
      return Optional.empty();
    }
  }
}
