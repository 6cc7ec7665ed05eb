package health.journey.api.tagging;

/** The tag read model, by the processing group that projects it. */
public final class TaggingReadModel {

  /** Each patient's tags, and patients by tag. */
  public static final String PROCESSING_GROUP = "tagging-projection";

  private TaggingReadModel() {}
}
