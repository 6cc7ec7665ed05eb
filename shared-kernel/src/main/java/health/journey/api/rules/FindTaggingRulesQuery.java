package health.journey.api.rules;

import java.util.List;

/**
 * The latest published version of each tagging rule (only {@code code} when given; a given {@code
 * version} when asked), retired ones too when asked; answered with {@link Rules}.
 */
public record FindTaggingRulesQuery(String code, Integer version, boolean includeRetired) {

  public record Rules(List<TaggingRuleView> rules) {}
}
