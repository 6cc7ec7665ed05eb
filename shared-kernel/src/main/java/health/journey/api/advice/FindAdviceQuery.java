package health.journey.api.advice;

import health.journey.api.PatientId;
import java.util.List;
import java.util.Map;

/** The advice items (retired ones too when asked), or a patient's advice; see the answers. */
public final class FindAdviceQuery {

  private FindAdviceQuery() {}

  /** The latest version of each item (only {@code code} when given; a given version if asked). */
  public record Items(String code, Integer version, boolean includeRetired) {}

  /** Answer to {@link Items}. */
  public record ItemList(List<AdviceItemView> items) {}

  /** The advice several patients have now; answered with {@link PatientAdvice}. */
  public record OfPatients(List<PatientId> patientIds) {}

  /** Answer to {@link OfPatients}. */
  public record PatientAdvice(Map<String, List<PatientAdviceView>> byPatient) {}
}
