package health.journey.app.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildChoiceDefinition;
import ca.uhn.fhir.context.RuntimeChildExtension;
import ca.uhn.fhir.context.RuntimeChildPrimitiveEnumerationDatatypeDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.parser.DataFormatException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a JSON document against the FHIR R4 JSON rules, element by element, guided by HAPI's R4
 * definitions, and says where each breach is. HAPI's parser (strict) reads the document afterwards
 * and builds the model; this check exists because that parser names no position for what it refuses
 * and lets through what R4 does not allow: a string where a decimal is due, an array for an element
 * that occurs once, a missing required element, an empty string or object.
 */
final class StructureCheck {

  /** Enough to show a sender everything at once without answering a hostile document at length. */
  private static final int MAX_ISSUES = 50;

  // R4 regular expressions of the primitive types this check enforces itself; dates, times and
  // coded values are checked by HAPI's own types.
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final Pattern CODE = Pattern.compile("[^\\s]+( [^\\s]+)*");
  private static final Pattern NO_WHITESPACE = Pattern.compile("\\S*");
  private static final Pattern ELEMENT_NAME = Pattern.compile("_?[A-Za-z][A-Za-z0-9_]{0,63}");

  private static final Map<Class<?>, Method> FROM_CODE = new ConcurrentHashMap<>();

  private final FhirContext context;
  private final BaseRuntimeElementCompositeDefinition<?> extension;
  private final List<FhirIssue> issues = new ArrayList<>();

  /**
   * How many extensions deep the walk is. Inside an extension, primitives are checked by HAPI's
   * parser alone: the product reads no value there but scores, and senders' tooling writes them
   * loosely (LHC-Forms writes a Duration's value as a string and FHIRPath variable names with
   * underscores, which R4's id type does not allow).
   */
  private int extensionDepth;

  private StructureCheck(FhirContext context) {
    this.context = context;
    this.extension =
        (BaseRuntimeElementCompositeDefinition<?>) context.getElementDefinition("Extension");
  }

  /** The breaches of a resource document, in document order; empty when there is none. */
  static List<FhirIssue> check(
      FhirContext context, ObjectNode root, RuntimeResourceDefinition type) {
    StructureCheck check = new StructureCheck(context);
    check.resource(root, type, type.getName());
    return check.issues;
  }

  private boolean full() {
    return issues.size() >= MAX_ISSUES;
  }

  private void add(String code, String diagnostics, String path) {
    if (!full()) {
      issues.add(FhirIssue.error(code, diagnostics, path));
    }
  }

  private void resource(JsonNode node, RuntimeResourceDefinition definition, String path) {
    composite(node, definition, path, true);
  }

  private void composite(
      JsonNode node,
      BaseRuntimeElementCompositeDefinition<?> definition,
      String path,
      boolean isResource) {
    if (node.isEmpty()) {
      add("structure", path + " has no content; FHIR elements are never empty.", path);
      return;
    }
    boolean isExtension = definition == extension;
    if (isExtension) {
      extensionDepth++;
    }
    try {
      properties(node, definition, path, isResource);
    } finally {
      if (isExtension) {
        extensionDepth--;
      }
    }
  }

  private void properties(
      JsonNode node,
      BaseRuntimeElementCompositeDefinition<?> definition,
      String path,
      boolean isResource) {
    Set<String> present = new HashSet<>();
    Map<BaseRuntimeChildDefinition, String> choices = new HashMap<>();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (full()) {
        return;
      }
      String name = property.getKey();
      if (isResource && name.equals("resourceType")) {
        continue;
      }
      boolean primitivePart = name.startsWith("_");
      String element = primitivePart ? name.substring(1) : name;
      BaseRuntimeChildDefinition child = definition.getChildByName(element);
      String childPath = path + "." + (child == null ? shown(name) : name);
      if (child == null) {
        add(
            "structure",
            "Unknown element '"
                + shown(name)
                + "' in "
                + definition.getName()
                + ": it is not part of FHIR R4 (an element of another FHIR version, or a"
                + " misspelling).",
            childPath);
        continue;
      }
      present.add(element);
      if (child instanceof RuntimeChildChoiceDefinition) {
        String earlier = choices.putIfAbsent(child, element);
        if (earlier != null && !earlier.equals(element)) {
          add(
              "structure",
              child.getElementName()
                  + "[x] is given twice ("
                  + earlier
                  + " and "
                  + element
                  + "); it takes one value of one type.",
              childPath);
          continue;
        }
      }
      BaseRuntimeElementDefinition<?> type = child.getChildByName(element);
      if (type == null && child instanceof RuntimeChildExtension) {
        type = extension;
      }
      if (type == null) {
        continue;
      }
      boolean repeats = child.getMax() != 1;
      if (primitivePart) {
        primitiveParts(property.getValue(), type, childPath, repeats);
      } else {
        occurrences(property.getValue(), child, type, childPath, repeats);
      }
    }
    for (BaseRuntimeChildDefinition child : definition.getChildren()) {
      if (child.getMin() > 0 && child.getValidChildNames().stream().noneMatch(present::contains)) {
        String name =
            child instanceof RuntimeChildChoiceDefinition
                ? child.getElementName() + "[x]"
                : child.getElementName();
        add(
            "required",
            definition.getName() + "." + name + " is required (minimum cardinality 1) but missing.",
            path + "." + child.getElementName());
      }
    }
  }

  private void occurrences(
      JsonNode value,
      BaseRuntimeChildDefinition child,
      BaseRuntimeElementDefinition<?> type,
      String path,
      boolean repeats) {
    if (value.isNull()) {
      add("structure", path + " is null; absent elements are left out, not null.", path);
      return;
    }
    if (repeats) {
      if (!value.isArray()) {
        add(
            "structure",
            path + " repeats (cardinality 0..*) and must be a JSON array, even for one value.",
            path);
        return;
      }
      if (value.isEmpty()) {
        add("structure", path + " is an empty array; FHIR arrays are never empty.", path);
        return;
      }
      for (int i = 0; i < value.size() && !full(); i++) {
        JsonNode item = value.get(i);
        String itemPath = path + "[" + i + "]";
        if (item.isNull()) {
          if (!isPrimitive(type)) {
            add("structure", itemPath + " is null.", itemPath);
          }
          continue;
        }
        one(item, child, type, itemPath);
      }
    } else if (value.isArray()) {
      add(
          "structure",
          path + " occurs at most once (maximum cardinality 1) but is given as an array.",
          path);
    } else {
      one(value, child, type, path);
    }
  }

  private void one(
      JsonNode value,
      BaseRuntimeChildDefinition child,
      BaseRuntimeElementDefinition<?> type,
      String path) {
    switch (type.getChildType()) {
      case PRIMITIVE_DATATYPE, ID_DATATYPE, PRIMITIVE_XHTML, PRIMITIVE_XHTML_HL7ORG ->
          primitive(value, child, type, path);
      case COMPOSITE_DATATYPE, RESOURCE_BLOCK -> {
        if (!value.isObject()) {
          add("structure", path + " must be a JSON object (a " + type.getName() + ").", path);
        } else {
          composite(value, (BaseRuntimeElementCompositeDefinition<?>) type, path, false);
        }
      }
      case RESOURCE -> embedded(value, path);
      case CONTAINED_RESOURCE_LIST, CONTAINED_RESOURCES -> {
        if (value.isObject() && !value.has("id")) {
          add(
              "required",
              path + " has no id; a contained resource is referred to by its id.",
              path);
        }
        embedded(value, path);
      }
      default -> {
        // Other kinds (undeclared extensions of DSTU2-era models) do not occur in R4 JSON.
      }
    }
  }

  private void embedded(JsonNode value, String path) {
    if (!value.isObject()) {
      add("structure", path + " must be a resource (a JSON object).", path);
      return;
    }
    JsonNode type = value.get("resourceType");
    if (type == null || !type.isString()) {
      add("structure", path + " has no resourceType.", path);
      return;
    }
    RuntimeResourceDefinition definition;
    try {
      definition = context.getResourceDefinition(type.stringValue());
    } catch (DataFormatException e) {
      add(
          "not-supported",
          path + " is a resource type FHIR R4 does not have.",
          path + ".resourceType");
      return;
    }
    resource(value, definition, path);
  }

  private static boolean isPrimitive(BaseRuntimeElementDefinition<?> type) {
    return switch (type.getChildType()) {
      case PRIMITIVE_DATATYPE, ID_DATATYPE, PRIMITIVE_XHTML, PRIMITIVE_XHTML_HL7ORG -> true;
      default -> false;
    };
  }

  private void primitive(
      JsonNode value,
      BaseRuntimeChildDefinition child,
      BaseRuntimeElementDefinition<?> type,
      String path) {
    String name = type.getName();
    if (extensionDepth > 0) {
      if (value.isContainer()) {
        add("structure", path + " is a " + name + " and must be a JSON primitive.", path);
      }
      return;
    }
    switch (name) {
      case "boolean" -> {
        if (!value.isBoolean()) {
          add("value", path + " is a boolean and must be JSON true or false.", path);
        }
        return;
      }
      case "integer", "positiveInt", "unsignedInt" -> {
        integer(value, name, path);
        return;
      }
      case "decimal" -> {
        if (!value.isNumber()) {
          add(
              "value",
              path + " is a decimal and must be a JSON number, not a " + jsonType(value) + ".",
              path);
        }
        return;
      }
      default -> {
        // Every other primitive is a JSON string.
      }
    }
    if (!value.isString()) {
      add(
          "value",
          path + " is a " + name + " and must be a JSON string, not a " + jsonType(value) + ".",
          path);
      return;
    }
    String text = value.stringValue();
    if (text.isEmpty()) {
      add("value", path + " is an empty string; absent values are left out.", path);
      return;
    }
    switch (name) {
      case "id" -> {
        if (!ID.matcher(text).matches()) {
          add("value", path + " is not a valid id (1-64 letters, digits, '-' or '.').", path);
        }
      }
      case "code" -> {
        if (!CODE.matcher(text).matches()) {
          add(
              "value",
              path + " is not a valid code (no leading, trailing or double spaces).",
              path);
        } else if (child instanceof RuntimeChildPrimitiveEnumerationDatatypeDefinition bound) {
          boundCode(bound.getBoundEnumType(), text, path);
        }
      }
      case "uri", "url", "canonical", "oid", "uuid" -> {
        if (!NO_WHITESPACE.matcher(text).matches()) {
          add("value", path + " is not a valid " + name + " (it contains whitespace).", path);
        }
      }
      case "date", "dateTime", "instant", "time" -> {
        try {
          ((IPrimitiveType<?>) type.newInstance()).setValueAsString(text);
        } catch (DataFormatException | IllegalArgumentException e) {
          add("value", path + " is not a valid FHIR " + name + ".", path);
        }
      }
      default -> {
        // Strings, markdown, base64Binary and xhtml: HAPI's parser reads what it needs.
      }
    }
  }

  private void integer(JsonNode value, String name, String path) {
    if (!value.isIntegralNumber()) {
      add(
          "value",
          path
              + " is an "
              + name
              + " and must be a JSON whole number, not a "
              + jsonType(value)
              + ".",
          path);
      return;
    }
    BigInteger number = value.bigIntegerValue();
    BigInteger min =
        switch (name) {
          case "positiveInt" -> BigInteger.ONE;
          case "unsignedInt" -> BigInteger.ZERO;
          default -> BigInteger.valueOf(Integer.MIN_VALUE);
        };
    if (number.compareTo(min) < 0 || number.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      add("value", path + " is out of the range of an R4 " + name + ".", path);
    }
  }

  private void boundCode(Class<?> enumType, String code, String path) {
    if (enumType == null) {
      return;
    }
    Method fromCode =
        FROM_CODE.computeIfAbsent(
            enumType,
            t -> {
              try {
                return t.getMethod("fromCode", String.class);
              } catch (NoSuchMethodException e) {
                return null;
              }
            });
    if (fromCode == null) {
      return;
    }
    try {
      if (fromCode.invoke(null, code) == null) {
        add("value", path + " is not a code of its required value set.", path);
      }
    } catch (InvocationTargetException e) {
      add("value", path + " is not a code of its required value set.", path);
    } catch (IllegalAccessException e) {
      // A model class without a public factory is left to HAPI's parser.
    }
  }

  /** {@code _element} objects: the id and extensions of a primitive, aligned with its values. */
  private void primitiveParts(
      JsonNode value, BaseRuntimeElementDefinition<?> type, String path, boolean repeats) {
    if (!isPrimitive(type)) {
      add("structure", path + ": only primitive elements have a '_' part.", path);
      return;
    }
    if (repeats) {
      if (!value.isArray()) {
        add("structure", path + " must be an array aligned with the element's values.", path);
        return;
      }
      for (int i = 0; i < value.size(); i++) {
        if (!value.get(i).isNull()) {
          elementPart(value.get(i), path + "[" + i + "]");
        }
      }
    } else {
      elementPart(value, path);
    }
  }

  private void elementPart(JsonNode value, String path) {
    if (!value.isObject() || value.isEmpty()) {
      add("structure", path + " must be an object with an id or extensions.", path);
      return;
    }
    for (Map.Entry<String, JsonNode> property : value.properties()) {
      String name = property.getKey();
      String childPath = path + "." + name;
      if (name.equals("id")) {
        if (!property.getValue().isString() || property.getValue().stringValue().isEmpty()) {
          add("value", childPath + " must be a non-empty string.", childPath);
        }
      } else if (name.equals("extension")) {
        occurrences(property.getValue(), null, extension, childPath, true);
      } else {
        add(
            "structure",
            "Unknown element '" + shown(name) + "' in a primitive's id and extensions.",
            path + "." + shown(name));
      }
    }
  }

  /**
   * A property name as answers show it: FHIR element names are short ASCII words; anything else is
   * not repeated, since a hostile document could carry personal data in a property name.
   */
  static String shown(String name) {
    return ELEMENT_NAME.matcher(name).matches() ? name : "(a name that is no FHIR element name)";
  }

  private static String jsonType(JsonNode value) {
    if (value.isString()) {
      return "string";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isObject()) {
      return "object";
    }
    return "null";
  }
}
