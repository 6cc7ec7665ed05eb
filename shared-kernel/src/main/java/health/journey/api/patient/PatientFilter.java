package health.journey.api.patient;

/**
 * Which patients a list shows: those with a tag (set by a person or a rule), in a lifecycle stage,
 * and/or whose latest assessment by a risk model falls in a band; null means any.
 */
public record PatientFilter(String tag, LifecycleStage stage, String riskModel, String riskBand) {

  public PatientFilter(String tag, LifecycleStage stage) {
    this(tag, stage, null, null);
  }

  public static PatientFilter none() {
    return new PatientFilter(null, null, null, null);
  }
}
