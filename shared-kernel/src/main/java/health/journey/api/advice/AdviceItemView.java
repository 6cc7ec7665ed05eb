package health.journey.api.advice;

import java.time.Instant;

/** The latest version of an advice item, and whether it is retired. */
public record AdviceItemView(
    String code,
    int version,
    AdviceItemDefinition definition,
    Instant definedAt,
    boolean retired) {}
