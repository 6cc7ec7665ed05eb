package health.journey.query.rules;

import health.journey.api.PatientEvent;
import health.journey.api.rules.RuleTagApplied;
import health.journey.api.rules.RuleTagRemoved;
import health.journey.api.rules.TaggingRules;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import org.springframework.stereotype.Component;

/** Tells the tags rules set and remove in the timeline, naming the rule version. */
@Component
class RulesNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof RuleTagApplied e) {
      return new Narration(
          "RULE_TAG_APPLIED",
          "Tagged '" + e.tag() + "' by " + TaggingRules.actor(e.ruleCode(), e.ruleVersion()));
    }
    if (event instanceof RuleTagRemoved e) {
      return new Narration(
          "RULE_TAG_REMOVED",
          "Tag '"
              + e.tag()
              + "' removed by "
              + TaggingRules.actor(e.ruleCode(), e.ruleVersion())
              + ": its condition no longer holds");
    }
    return null;
  }
}
