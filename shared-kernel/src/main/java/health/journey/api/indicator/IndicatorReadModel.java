package health.journey.api.indicator;

/** The indicator read model, by the processing group that projects it. */
public final class IndicatorReadModel {

  /** Every indicator value of every patient, from reports and the health record. */
  public static final String PROCESSING_GROUP = "indicator-projection";

  private IndicatorReadModel() {}
}
