package health.journey.api.consent;

/** The consent read model, by the processing group that projects it. */
public final class ConsentReadModel {

  /** Each patient's consent per purpose, as it stands. */
  public static final String PROCESSING_GROUP = "consent-projection";

  private ConsentReadModel() {}
}
