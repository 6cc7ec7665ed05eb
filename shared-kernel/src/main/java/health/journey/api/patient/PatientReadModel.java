package health.journey.api.patient;

/**
 * The read models of the patient feature, by the processing group that projects each: a mutation
 * that changes them waits for these groups before it answers (read-your-writes).
 */
public final class PatientReadModel {

  /** Patient summaries: card, identity (sealed), stage, how far each patient's journey goes. */
  public static final String PROCESSING_GROUP = "patient-projection";

  /** Health records (健康档案). */
  public static final String HEALTH_RECORD_PROCESSING_GROUP = "health-record-projection";

  private PatientReadModel() {}
}
