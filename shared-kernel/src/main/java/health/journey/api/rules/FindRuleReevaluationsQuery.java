package health.journey.api.rules;

import java.time.Instant;
import java.util.List;

/**
 * The re-evaluations of rules over every patient, newest first (only those of {@code ruleCode} when
 * given); answered with {@link Reevaluations}.
 */
public record FindRuleReevaluationsQuery(String ruleCode, int limit) {

  /** One re-evaluation: which rule version, how far it is, and when it started and finished. */
  public record Reevaluation(
      String jobId,
      String ruleCode,
      int ruleVersion,
      long done,
      long total,
      Instant startedAt,
      Instant finishedAt) {}

  public record Reevaluations(List<Reevaluation> reevaluations) {}
}
