package health.journey.app.platform.graphql;

import health.journey.api.InvalidInput;

/** The page of a connection, and how big a page a client may ask for. */
public final class Pages {

  private Pages() {}

  /**
   * The page size a client asked for with {@code first}, or {@code fallback}; refused outside 1 to
   * {@code max}.
   */
  public static int size(Integer first, int fallback, int max) {
    int n = first == null ? fallback : first;
    InvalidInput.require(
        n >= 1 && n <= max, "first", "first must be between 1 and " + max + " (was " + n + ")");
    return n;
  }

  /** Where a page ends, for a client to ask for the next. */
  public record PageInfo(boolean hasNextPage, String endCursor) {}
}
