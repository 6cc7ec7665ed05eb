package health.journey.app.platform.graphql;

/** The read model did not show a stored change within the wait. */
public final class ProjectionLag extends RuntimeException {
  public ProjectionLag(String patientId) {
    super(
        "The change to patient "
            + patientId
            + " is stored, but the read model has not caught up yet; read the patient again shortly",
        null,
        false,
        false);
  }
}
