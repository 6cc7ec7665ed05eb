package health.journey.app.platform.graphql;

import health.journey.api.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors for the connections: base64url of where the last item of a page stands. Each
 * connection says what its positions are; a cursor from another list is refused.
 */
public final class Cursors {

  private Cursors() {}

  public static String encode(String position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor holds; fails as not a cursor when it is not base64url text. */
  public static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
  }

  /** The error for a cursor that is not one of this list's. */
  public static InvalidInput notACursor() {
    return new InvalidInput("after", "after is not a cursor from this list");
  }
}
