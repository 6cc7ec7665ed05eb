package health.journey.api.patient;

/** Which patients a list shows: those with a tag and/or in a lifecycle stage; null means any. */
public record PatientFilter(String tag, LifecycleStage stage) {

  public static PatientFilter none() {
    return new PatientFilter(null, null);
  }
}
