package health.journey.api.timeline;

/** The timeline read model, by the processing group that projects it. */
public final class TimelineReadModel {

  /** Each patient's journey in sentences. */
  public static final String PROCESSING_GROUP = "timeline-projection";

  private TimelineReadModel() {}
}
