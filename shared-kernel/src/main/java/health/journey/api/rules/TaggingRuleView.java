package health.journey.api.rules;

import java.time.Instant;

/** A published version of a tagging rule, and whether the rule is retired. */
public record TaggingRuleView(
    String code,
    int version,
    TaggingRuleDefinition definition,
    Instant publishedAt,
    boolean retired) {}
