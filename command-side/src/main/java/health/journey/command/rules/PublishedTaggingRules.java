package health.journey.command.rules;

import health.journey.api.rules.TaggingRuleDefinition;
import java.util.List;

/**
 * The tagging rules in force, as the patient stream needs them to decide: the latest published
 * version of each rule that is not retired. Written in the publishing command's transaction.
 */
public interface PublishedTaggingRules {

  /** A published version of a rule. */
  record Version(String code, int version, TaggingRuleDefinition definition) {}

  /** Keeps a version as it is published. */
  void published(String ruleId, Version version);

  /** The rule with {@code code} applies no new tags from now on. */
  void retired(String code);

  /** The rules in force, by code. */
  List<Version> inForce();

  /** The latest published version of the rule with {@code code}, retired or not. */
  java.util.Optional<Version> latest(String code);
}
