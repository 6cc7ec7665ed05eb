package health.journey.command.rules;

import health.journey.api.indicator.Indicators;
import health.journey.api.patient.Sex;
import health.journey.api.rules.Condition;
import health.journey.api.rules.RuleFact;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides whether a condition holds for a patient's facts at an instant, and which facts made it
 * hold. A fact older than the condition's window does not count; a fact the record does not have
 * makes its condition not hold (never a guess).
 */
final class RuleEngine {

  /** What the engine reads: the facts, the patient's sex, the tags the patient has, and now. */
  record Context(RuleFacts facts, Sex sex, Predicate<String> hasTag, Instant now) {}

  private RuleEngine() {}

  /** The facts that make {@code condition} hold, or empty when it does not hold. */
  static Optional<List<RuleFact>> evaluate(Condition condition, Context context) {
    if (condition instanceof Condition.Indicator c) {
      return indicator(c, context);
    }
    if (condition instanceof Condition.Score c) {
      return score(c, context);
    }
    if (condition instanceof Condition.Smoking c) {
      return context
          .facts()
          .smoking()
          .filter(c.statuses()::contains)
          .map(
              status ->
                  List.of(
                      new RuleFact(
                          "RECORD",
                          "smoking",
                          null,
                          null,
                          status.name(),
                          null,
                          context.facts().smokingEventId())));
    }
    if (condition instanceof Condition.RecordMentions c) {
      return mentions(c, context);
    }
    if (condition instanceof Condition.HasTag c) {
      return context.hasTag().test(c.tag())
          ? Optional.of(List.of(new RuleFact("TAG", c.tag(), null, null, null, null, null)))
          : Optional.empty();
    }
    if (condition instanceof Condition.AllOf c) {
      List<RuleFact> all = new ArrayList<>();
      for (Condition part : c.conditions()) {
        Optional<List<RuleFact>> facts = evaluate(part, context);
        if (facts.isEmpty()) {
          return Optional.empty();
        }
        facts.get().stream().filter(f -> !all.contains(f)).forEach(all::add);
      }
      return Optional.of(all);
    }
    Condition.AnyOf c = (Condition.AnyOf) condition;
    List<RuleFact> any = new ArrayList<>();
    boolean holds = false;
    for (Condition part : c.conditions()) {
      Optional<List<RuleFact>> facts = evaluate(part, context);
      if (facts.isPresent()) {
        holds = true;
        facts.get().stream().filter(f -> !any.contains(f)).forEach(any::add);
      }
    }
    return holds ? Optional.of(any) : Optional.empty();
  }

  private static Optional<List<RuleFact>> indicator(Condition.Indicator c, Context context) {
    if (c.sex() != null && c.sex() != context.sex()) {
      return Optional.empty();
    }
    return context
        .facts()
        .indicator(c.analyteId())
        .filter(v -> recent(v.effectiveAt(), c.maxAgeDays(), context.now()))
        .filter(v -> c.comparison().holds(v.value(), c.threshold()))
        .map(
            v ->
                List.of(
                    new RuleFact(
                        "INDICATOR",
                        c.analyteId(),
                        v.value(),
                        Indicators.byId(c.analyteId()).orElseThrow().canonicalUnit(),
                        null,
                        v.effectiveAt(),
                        v.eventId())));
  }

  private static Optional<List<RuleFact>> score(Condition.Score c, Context context) {
    return context
        .facts()
        .total(c.questionnaireCode())
        .filter(t -> recent(t.answeredAt(), c.maxAgeDays(), context.now()))
        .filter(t -> t.total() >= c.minTotal())
        .map(
            t ->
                List.of(
                    new RuleFact(
                        "SCORE",
                        c.questionnaireCode(),
                        java.math.BigDecimal.valueOf(t.total()),
                        "points",
                        t.bandCode(),
                        t.answeredAt(),
                        t.eventId())));
  }

  private static Optional<List<RuleFact>> mentions(Condition.RecordMentions c, Context context) {
    Optional<RuleFacts.Words> words =
        switch (c.field()) {
          case MEDICATIONS -> context.facts().medications();
          case MEDICAL_HISTORY -> context.facts().medicalHistory();
          case FAMILY_HISTORY -> context.facts().familyHistory();
        };
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<String> terms = c.terms().stream().map(RuleEngine::fold).toList();
    List<String> matching =
        words.get().words().stream()
            .filter(w -> terms.stream().anyMatch(fold(w)::contains))
            .toList();
    if (matching.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        List.of(
            new RuleFact(
                "RECORD",
                c.field().name().toLowerCase(Locale.ROOT),
                null,
                null,
                String.join("; ", matching),
                null,
                words.get().eventId())));
  }

  /** Whether a time lies within {@code days} before {@code now} (and not in the future). */
  static boolean recent(Instant at, int days, Instant now) {
    return at != null
        && !at.isAfter(now.plus(Duration.ofMinutes(5)))
        && !at.isBefore(now.minus(Duration.ofDays(days)));
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
