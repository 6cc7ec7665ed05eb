package health.journey.app.fhir;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Finds, in document order, the first element of a name (and value) in a JSON tree. */
final class Locator {

  private Locator() {}

  /** The path of the first property {@code name} (whose text is {@code value}, when given). */
  static String find(JsonNode root, String rootType, String name, String value) {
    return find(root, rootType, name, value, 0);
  }

  private static String find(JsonNode node, String path, String name, String value, int depth) {
    if (depth > 300) {
      return null;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String childPath = path + "." + property.getKey();
        if (property.getKey().equals(name) && matches(property.getValue(), value)) {
          return childPath;
        }
        String found = find(property.getValue(), childPath, name, value, depth + 1);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = find(node.get(i), path + "[" + i + "]", name, value, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean matches(JsonNode node, String value) {
    if (value == null) {
      return true;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (matches(item, value)) {
          return true;
        }
      }
      return false;
    }
    return node.isValueNode() && value.equals(node.asString());
  }
}
