package health.journey.app.fhir;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a document as JSON before HAPI sees it, and refuses what no FHIR JSON can be: text that is
 * not JSON, a root that is not an object, a property given twice in one object (JSON parsers keep
 * the last one, so a second {@code status} would silently win), and numbers no decimal in medicine
 * needs ({@code 1e999999} would take HAPI seconds to expand and the product megabytes to store).
 */
final class JsonScreen {

  /** Digits and exponent beyond these are refused: no measured value comes near them. */
  static final int MAX_NUMBER_LENGTH = 40;

  static final int MAX_MAGNITUDE_EXPONENT = 30;

  // FHIR documents nest deeply (questionnaire items in items, extensions in extensions), but not
  // without bound: a bound keeps a hostile document from exhausting the stack.
  private static final int MAX_DEPTH = 200;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private JsonScreen() {}

  /**
   * The document as a JSON object tree, once it has passed the checks.
   *
   * @throws FhirRefusal (400) for anything these checks refuse
   */
  static ObjectNode read(String text) {
    if (text == null || text.isBlank()) {
      throw FhirRefusal.invalid(FhirIssue.error("structure", "The document is empty.", null));
    }
    String rootType = null;
    FhirIssue numberIssue = null;
    JsonParser parser = JSON.createParser(text);
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw FhirRefusal.invalid(
            FhirIssue.error(
                "structure",
                "The document is not a JSON object: a FHIR resource in JSON is an object with a"
                    + " resourceType.",
                null));
      }
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING
            && parser.streamReadContext().getParent() != null
            && parser.streamReadContext().getParent().inRoot()
            && "resourceType".equals(parser.currentName())) {
          rootType = parser.getString();
        } else if (token.isNumeric() && numberIssue == null) {
          numberIssue = checkNumber(parser.getString(), pointer(parser));
        }
      }
    } catch (StreamConstraintsException e) {
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (message.startsWith("Number value length")) {
        // The parser stands on the number it refused to read: its path names the element.
        throw FhirRefusal.invalid(
            FhirIssue.error(
                "value",
                "A number has more than " + MAX_NUMBER_LENGTH + " characters.",
                path(rootType, pointer(parser))));
      }
      throw FhirRefusal.invalid(
          FhirIssue.error(
              "structure",
              message.startsWith("Document nesting depth")
                  ? "The document nests elements deeper than " + MAX_DEPTH + " levels."
                  : "The document holds a name, text or number longer than FHIR JSON here may.",
              null));
    } catch (JacksonException e) {
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (message.startsWith("Duplicate Object property")) {
        // The parser stands on the repeated property; its path names the element given twice.
        throw FhirRefusal.invalid(
            FhirIssue.error(
                "structure",
                "An element is given twice in the same object; FHIR allows each element once"
                    + " (a repeating element is one array).",
                path(rootType, pointer(parser))));
      }
      throw FhirRefusal.invalid(
          FhirIssue.error(
              "structure",
              "The document is not well-formed JSON (" + lineAndColumn(e.getLocation()) + ").",
              null));
    }
    if (numberIssue != null) {
      String expression = path(rootType, numberIssue.expression());
      throw FhirRefusal.invalid(
          FhirIssue.error(numberIssue.code(), numberIssue.diagnostics(), expression));
    }
    return (ObjectNode) JSON.readTree(text);
  }

  private static FhirIssue checkNumber(String text, String pointer) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      return FhirIssue.error(
          "value", "A number has more than " + MAX_NUMBER_LENGTH + " characters.", pointer);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return FhirIssue.error("value", "A number is out of range.", pointer);
    }
    int magnitude = value.precision() - value.scale() - 1;
    if (value.signum() != 0
        && (magnitude > MAX_MAGNITUDE_EXPONENT || magnitude < -MAX_MAGNITUDE_EXPONENT)) {
      return FhirIssue.error(
          "value",
          "A number is out of range: FHIR decimals here must lie within 1e-"
              + MAX_MAGNITUDE_EXPONENT
              + " and 1e"
              + MAX_MAGNITUDE_EXPONENT
              + ".",
          pointer);
    }
    if (value.scale() > MAX_NUMBER_LENGTH) {
      return FhirIssue.error("value", "A number has too many decimal places.", pointer);
    }
    return null;
  }

  private static String pointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /** A JSON pointer ({@code /entry/3/resource/status}) as a FHIRPath-like path. */
  static String path(String rootType, String pointer) {
    if (pointer == null) {
      return rootType;
    }
    StringBuilder path = new StringBuilder(rootType == null ? "" : rootType);
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      String name = segment.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(StructureCheck.shown(name));
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  private static String lineAndColumn(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "position unknown";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
