package health.journey.command.booking;

import static health.journey.command.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.InvalidInput;
import health.journey.api.booking.DefineExamPackage;
import health.journey.api.booking.ExamPackageDefined;
import health.journey.api.booking.ExamPackageDefinition;
import health.journey.api.booking.ExamPackageRetired;
import health.journey.api.booking.RetireExamPackage;
import health.journey.api.patient.Sex;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExamPackageTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-02T09:30:00Z");

  private final String packageId = DefineExamPackage.idOf("basic");
  private final InMemoryExamCatalogue catalogue = new InMemoryExamCatalogue();
  private AggregateTestFixture<ExamPackage> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(ExamPackage.class);
    fixture.registerInjectableResource(catalogue);
  }

  private static ExamPackageDefinition basic(String price, int dailyCapacity) {
    return new ExamPackageDefinition(
        "basic",
        "基础体检 (Basic check-up)",
        List.of("血常规", "空腹血糖", "血脂四项"),
        new BigDecimal(price),
        null,
        18,
        null,
        dailyCapacity);
  }

  @Test
  void definingAPackagePutsItOnOffer() {
    ExamPackageDefinition basic = basic("399", 40);
    fixture
        .givenNoPriorActivity()
        .when(new DefineExamPackage(null, basic, T0))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamPackageDefined(packageId, basic, T0));
    assertThat(catalogue.offered("basic")).hasValue(basic);
  }

  @Test
  void definingAPackageAsItAlreadyIsChangesNothing() {
    fixture
        .given(new ExamPackageDefined(packageId, basic("399", 40), T0))
        .when(new DefineExamPackage(packageId, basic("399", 40), T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(catalogue.offered("basic")).isEmpty();
  }

  @Test
  void redefiningAPackageChangesWhatIsOffered() {
    ExamPackageDefinition dearer = basic("459", 60);
    fixture
        .given(new ExamPackageDefined(packageId, basic("399", 40), T0))
        .when(new DefineExamPackage(packageId, dearer, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamPackageDefined(packageId, dearer, T1));
    assertThat(catalogue.offered("basic")).hasValue(dearer);
  }

  @Test
  void aPackageKeepsItsCode() {
    ExamPackageDefinition renamed =
        new ExamPackageDefinition(
            "basic-plus", "基础体检+", List.of("血常规"), BigDecimal.TEN, null, null, null, 10);
    fixture
        .given(new ExamPackageDefined(packageId, basic("399", 40), T0))
        .when(new DefineExamPackage(packageId, renamed, T1))
        .expectException(invalid("definition.code"))
        .expectExceptionMessage("a package keeps its code (basic)")
        .expectNoEvents();
    assertThat(catalogue.offered("basic-plus")).isEmpty();
  }

  @Test
  void retiringAPackageTakesItOffOffer() {
    catalogue.offer(basic("399", 40));
    fixture
        .given(new ExamPackageDefined(packageId, basic("399", 40), T0))
        .when(new RetireExamPackage(packageId, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamPackageRetired(packageId, "basic", T1));
    assertThat(catalogue.offered("basic")).isEmpty();
  }

  @Test
  void retiringARetiredPackageChangesNothing() {
    fixture
        .given(
            new ExamPackageDefined(packageId, basic("399", 40), T0),
            new ExamPackageRetired(packageId, "basic", T0))
        .when(new RetireExamPackage(packageId, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aPackageThatWasNeverDefinedCannotBeRetired() {
    fixture
        .givenNoPriorActivity()
        .when(new RetireExamPackage(packageId, T1))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
  }

  @Test
  void definingARetiredPackageAgainPutsItBackOnOffer() {
    catalogue.offer(basic("399", 40));
    catalogue.retired("basic");
    fixture
        .given(
            new ExamPackageDefined(packageId, basic("399", 40), T0),
            new ExamPackageRetired(packageId, "basic", T0))
        .when(new DefineExamPackage(packageId, basic("399", 40), T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new ExamPackageDefined(packageId, basic("399", 40), T1));
    assertThat(catalogue.offered("basic")).hasValue(basic("399", 40));
  }

  @Test
  void aPackageForUnknownOrUnspecifiedSexIsForAnyone() {
    for (Sex sex : List.of(Sex.UNKNOWN, Sex.UNSPECIFIED)) {
      ExamPackageDefinition definition =
          new ExamPackageDefinition(
              "basic", "基础体检", List.of("血常规"), BigDecimal.TEN, sex, null, null, 10);
      assertThat(definition.sex()).isNull();
    }
  }

  @Test
  void aPackageIncludesAtLeastOneItem() {
    refused(
        () ->
            new ExamPackageDefinition(
                "basic", "基础体检", List.of(), BigDecimal.TEN, null, null, null, 10),
        "items");
  }

  @Test
  void aPriceIsInYuanAndFenNeitherNegativeNorFinerThanAFen() {
    refused(
        () ->
            new ExamPackageDefinition(
                "basic", "基础体检", List.of("血常规"), new BigDecimal("-1"), null, null, null, 10),
        "priceYuan");
    refused(
        () ->
            new ExamPackageDefinition(
                "basic", "基础体检", List.of("血常规"), new BigDecimal("9.999"), null, null, null, 10),
        "priceYuan");
    refused(
        () ->
            new ExamPackageDefinition("basic", "基础体检", List.of("血常规"), null, null, null, null, 10),
        "priceYuan");
  }

  @Test
  void agesMustBePlausibleAndInOrder() {
    refused(
        () ->
            new ExamPackageDefinition(
                "basic", "基础体检", List.of("血常规"), BigDecimal.TEN, null, 60, 40, 10),
        "minAge");
    refused(
        () ->
            new ExamPackageDefinition(
                "basic", "基础体检", List.of("血常规"), BigDecimal.TEN, null, null, 131, 10),
        "maxAge");
  }

  @Test
  void aPackageTakesAtLeastOneBookingADay() {
    refused(
        () ->
            new ExamPackageDefinition(
                "basic", "基础体检", List.of("血常规"), BigDecimal.TEN, null, null, null, 0),
        "dailyCapacity");
  }

  @Test
  void aDefinitionIsRequired() {
    refused(() -> new DefineExamPackage(packageId, null, T0), "definition");
  }

  private static void refused(ThrowingCallable building, String field) {
    assertThatThrownBy(building)
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
