package health.journey.api.report;

/** The report read model, by the processing group that projects it. */
public final class ReportReadModel {

  /** Each patient's exam reports, with their status and conflicts. */
  public static final String PROCESSING_GROUP = "report-projection";

  private ReportReadModel() {}
}
