package health.journey.app.platform.database;

/** The embedded PostgreSQL cannot start here; the message says why and what to change. */
public class EmbeddedDatabaseUnavailable extends IllegalStateException {

  private final String action;

  public EmbeddedDatabaseUnavailable(String description, String action) {
    super(description);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
