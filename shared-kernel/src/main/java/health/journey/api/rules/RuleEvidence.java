package health.journey.api.rules;

import java.util.List;

/** The facts that made a rule's condition hold, kept sealed with the patient's key. */
public record RuleEvidence(List<RuleFact> facts) {}
