package health.journey.api.risk;

/** The risk read model, by the processing group that projects it. */
public final class RiskReadModel {

  /** Each patient's latest assessment per model. */
  public static final String PROCESSING_GROUP = "risk-projection";

  private RiskReadModel() {}
}
