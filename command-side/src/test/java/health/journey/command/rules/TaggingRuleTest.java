package health.journey.command.rules;

import static health.journey.command.Refusals.breaking;
import static health.journey.command.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.BusinessTime;
import health.journey.api.rules.Condition;
import health.journey.api.rules.DefaultTaggingRules;
import health.journey.api.rules.DraftTaggingRule;
import health.journey.api.rules.PublishTaggingRule;
import health.journey.api.rules.RetireTaggingRule;
import health.journey.api.rules.RuleDefinitionRule;
import health.journey.api.rules.TaggingRuleDefinition;
import health.journey.api.rules.TaggingRuleDrafted;
import health.journey.api.rules.TaggingRulePublished;
import health.journey.api.rules.TaggingRuleRetired;
import health.journey.api.rules.TaggingRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff write a tagging rule as a draft, publish it as a numbered version that never changes, and
 * retire it; the rule keeps its code and the tag it sets across versions.
 */
class TaggingRuleTest {

  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
  private static final Instant T1 = Instant.parse("2026-05-01T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-05-02T08:00:00Z");
  private static final Instant T3 = Instant.parse("2026-05-03T08:00:00Z");
  private static final Instant T4 = Instant.parse("2026-05-04T08:00:00Z");

  private static final TaggingRuleDefinition OBESITY =
      DefaultTaggingRules.all().stream()
          .filter(r -> r.code().equals("obesity"))
          .findFirst()
          .orElseThrow();

  /** The obesity rule with the threshold of another guideline (BMI 30, the WHO's). */
  private static final TaggingRuleDefinition OBESITY_AT_30 =
      new TaggingRuleDefinition(
          "obesity",
          "obesity",
          "肥胖: a BMI of 30.0 kg/m² or more in the last year",
          "WHO Technical Report Series 894 (2000): BMI ≥30.0 kg/m² is obesity",
          new Condition.Indicator(
              "BMI", Condition.Comparison.AT_LEAST, new BigDecimal("30.0"), 365, null));

  private final String ruleId = TaggingRules.idOf("obesity");
  private final InMemoryPublishedTaggingRules published = new InMemoryPublishedTaggingRules();
  private AggregateTestFixture<TaggingRule> fixture;

  @BeforeEach
  void setUp() {
    BusinessTime.useClock(Clock.fixed(NOW, ZoneOffset.UTC));
    fixture = new AggregateTestFixture<>(TaggingRule.class);
    fixture.registerInjectableResource(published);
  }

  @AfterEach
  void restoreTheClock() {
    BusinessTime.useClock(Clock.systemUTC());
  }

  private TaggingRuleDrafted drafted(TaggingRuleDefinition definition, Instant at) {
    return new TaggingRuleDrafted(ruleId, definition.code(), definition, at);
  }

  private TaggingRulePublished publishedAs(
      int version, TaggingRuleDefinition definition, Instant at) {
    return new TaggingRulePublished(
        ruleId, definition.code(), version, definition, definition.fingerprint(), at);
  }

  @Test
  void aRuleIsFoundByItsCode() {
    assertThat(new DraftTaggingRule(OBESITY).ruleId()).isEqualTo(ruleId);
    assertThat(TaggingRules.idOf("obesity")).isEqualTo(ruleId);
    assertThat(TaggingRules.idOf("overweight")).isNotEqualTo(ruleId);
    assertThat(TaggingRules.actor("obesity", 3)).isEqualTo("rule:obesity@3");
  }

  @Test
  void draftingANewRuleWritesItsDraft() {
    fixture
        .givenNoPriorActivity()
        .when(new DraftTaggingRule(null, OBESITY, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(drafted(OBESITY, T1));
    assertThat(published.versions()).isEmpty();
  }

  @Test
  void publishingTheFirstDraftMakesVersion1AndPutsItInForce() {
    fixture
        .given(drafted(OBESITY, T1))
        .when(new PublishTaggingRule(ruleId, T2))
        .expectSuccessfulHandlerExecution()
        .expectEvents(publishedAs(1, OBESITY, T2));
    assertThat(published.inForce())
        .containsExactly(new PublishedTaggingRules.Version("obesity", 1, OBESITY));
  }

  @Test
  void publishingAnUnchangedDraftChangesNothing() {
    fixture
        .given(drafted(OBESITY, T1), publishedAs(1, OBESITY, T2))
        .when(new PublishTaggingRule(ruleId, T3))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(published.versions()).isEmpty();
  }

  @Test
  void draftingWhatTheDraftAlreadySaysChangesNothing() {
    fixture
        .given(drafted(OBESITY, T1), publishedAs(1, OBESITY, T2))
        .when(new DraftTaggingRule(null, OBESITY, T3))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aChangedDraftPublishesAsVersion2() {
    fixture
        .given(drafted(OBESITY, T1), publishedAs(1, OBESITY, T2), drafted(OBESITY_AT_30, T3))
        .when(new PublishTaggingRule(ruleId, T4))
        .expectSuccessfulHandlerExecution()
        .expectEvents(publishedAs(2, OBESITY_AT_30, T4));
    assertThat(published.latest("obesity"))
        .contains(new PublishedTaggingRules.Version("obesity", 2, OBESITY_AT_30));
  }

  @Test
  void aDraftBackToThePublishedVersionPublishesNothing() {
    fixture
        .given(
            drafted(OBESITY, T1),
            publishedAs(1, OBESITY, T2),
            drafted(OBESITY_AT_30, T3),
            drafted(OBESITY, T3))
        .when(new PublishTaggingRule(ruleId, T4))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aRuleKeepsTheTagItSets() {
    TaggingRuleDefinition otherTag =
        new TaggingRuleDefinition(
            "obesity", "BMI ≥ 28", OBESITY.description(), OBESITY.source(), OBESITY.condition());
    fixture
        .given(drafted(OBESITY, T1), publishedAs(1, OBESITY, T2))
        .when(new DraftTaggingRule(null, otherTag, T3))
        .expectException(invalid("definition.tag"))
        .expectNoEvents();
  }

  @Test
  void aRuleKeepsItsCode() {
    TaggingRuleDefinition otherCode =
        new TaggingRuleDefinition(
            "adiposity", "obesity", OBESITY.description(), OBESITY.source(), OBESITY.condition());
    fixture
        .given(drafted(OBESITY, T1))
        .when(new DraftTaggingRule(ruleId, otherCode, T3))
        .expectException(invalid("definition.code"))
        .expectNoEvents();
  }

  @Test
  void retiringAPublishedRuleTakesItOutOfForce() {
    published.publish(OBESITY);
    fixture
        .given(drafted(OBESITY, T1), publishedAs(1, OBESITY, T2))
        .when(new RetireTaggingRule(ruleId, T3))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new TaggingRuleRetired(ruleId, "obesity", 1, T3));
    assertThat(published.inForce()).isEmpty();
    assertThat(published.latest("obesity")).isPresent();
  }

  @Test
  void retiringARetiredRuleChangesNothing() {
    fixture
        .given(
            drafted(OBESITY, T1),
            publishedAs(1, OBESITY, T2),
            new TaggingRuleRetired(ruleId, "obesity", 1, T3))
        .when(new RetireTaggingRule(ruleId, T4))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aRuleThatWasNeverPublishedCannotBeRetired() {
    fixture
        .given(drafted(OBESITY, T1))
        .when(new RetireTaggingRule(ruleId, T2))
        .expectException(breaking(RuleDefinitionRule.NOT_PUBLISHED))
        .expectNoEvents();
  }

  @Test
  void publishingARetiredRuleAgainBringsItBackAsItsNextVersion() {
    fixture
        .given(
            drafted(OBESITY, T1),
            publishedAs(1, OBESITY, T2),
            new TaggingRuleRetired(ruleId, "obesity", 1, T3))
        .when(new PublishTaggingRule(ruleId, T4))
        .expectSuccessfulHandlerExecution()
        .expectEvents(publishedAs(2, OBESITY, T4));
    assertThat(published.inForce())
        .containsExactly(new PublishedTaggingRules.Version("obesity", 2, OBESITY));
  }

  /**
   * A rule comes into being with its first draft, so there is no rule without one: publishing a
   * code nobody drafted finds no rule (the NO_DRAFT refusal cannot be reached).
   */
  @Test
  void publishingARuleNobodyDraftedFindsNoRule() {
    fixture
        .givenNoPriorActivity()
        .when(new PublishTaggingRule(ruleId, T1))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
    assertThat(published.versions()).isEmpty();
  }

  @Test
  void retiringARuleNobodyDraftedFindsNoRule() {
    fixture
        .givenNoPriorActivity()
        .when(new RetireTaggingRule(ruleId, T1))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
  }
}
