package health.journey.command.advice;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.advice.AdviceCategory;
import health.journey.api.advice.AdviceItemDefined;
import health.journey.api.advice.AdviceItemDefinition;
import health.journey.api.advice.AdviceItemRetired;
import health.journey.api.advice.DefaultAdvice;
import health.journey.api.advice.DefineAdviceItem;
import health.journey.api.advice.RetireAdviceItem;
import health.journey.api.content.ContentPolicy;
import health.journey.api.content.ContentRule;
import health.journey.command.content.ForbiddenClaims;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Advice items: versions, retirement, and the content policy every text passes. */
class AdviceTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  private final InMemoryAdviceCatalogue catalogue = new InMemoryAdviceCatalogue();
  private final ForbiddenClaims claims = new ForbiddenClaims();
  private AggregateTestFixture<AdviceItem> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(AdviceItem.class);
    fixture.registerInjectableResource(catalogue);
    fixture.registerInjectableResource((ContentPolicy) claims::check);
  }

  private static AdviceItemDefinition item(String text) {
    return new AdviceItemDefinition(
        "walking", AdviceCategory.EXERCISE, "多走路", text, List.of("obesity"), "中国人群身体活动指南（2021）");
  }

  @Test
  void anItemIsDefinedAsVersionOneAndAChangeIsItsNextVersion() {
    AdviceItemDefinition first = item("每天快走30分钟。");
    AdviceItemDefinition second = item("每天快走30分钟，每周至少5天。");
    fixture
        .given(new AdviceItemDefined(idOf(), "walking", 1, first, T0))
        .when(new DefineAdviceItem(idOf(), second, T0))
        .expectEvents(new AdviceItemDefined(idOf(), "walking", 2, second, T0));
    assertThat(catalogue.latest("walking"))
        .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
  }

  @Test
  void definingTheSameItemAgainChangesNothing() {
    AdviceItemDefinition first = item("每天快走30分钟。");
    fixture
        .given(new AdviceItemDefined(idOf(), "walking", 1, first, T0))
        .when(new DefineAdviceItem(idOf(), first, T0))
        .expectNoEvents();
  }

  @Test
  void aGuaranteedCureClaimIsRefusedAndNothingIsRecorded() {
    fixture
        .givenNoPriorActivity()
        .when(new DefineAdviceItem(idOf(), item("坚持快走，三天见效，100%有效，根治高血压。"), T0))
        .expectException(BusinessRuleViolation.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("三天见效"))
        .expectNoEvents();
    assertThat(catalogue.inForce()).isEmpty();
  }

  @Test
  void theRefusalNamesTheContentRule() {
    try {
      claims.check("本品包治百病");
    } catch (BusinessRuleViolation refused) {
      assertThat(refused.code()).isEqualTo(ContentRule.FORBIDDEN_HEALTH_CLAIM);
      return;
    }
    throw new AssertionError("a forbidden claim passed");
  }

  @Test
  void everyDefaultItemPassesTheContentPolicyAndCitesItsGuideline() {
    for (AdviceItemDefinition item : DefaultAdvice.all()) {
      assertThat(claims.allows(item.text())).as(item.code()).isTrue();
      assertThat(claims.allows(item.title())).as(item.code()).isTrue();
      assertThat(item.source()).as(item.code()).matches(".*(指南|Kroenke|Spitzer|WS/T).*");
      assertThat(item.forTags()).as(item.code()).isNotEmpty();
    }
  }

  @Test
  void aRetiredItemLeavesTheCatalogue() {
    AdviceItemDefinition first = item("每天快走30分钟。");
    catalogue.defined(idOf(), new AdviceCatalogue.Version("walking", 1, first));
    fixture
        .given(new AdviceItemDefined(idOf(), "walking", 1, first, T0))
        .when(new RetireAdviceItem(idOf(), T0))
        .expectEvents(new AdviceItemRetired(idOf(), "walking", 1, T0));
    assertThat(catalogue.inForce()).isEmpty();
  }

  private static String idOf() {
    return health.journey.api.advice.Advice.idOf("walking");
  }
}
