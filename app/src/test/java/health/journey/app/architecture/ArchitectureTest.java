package health.journey.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import health.journey.api.JourneyEvent;
import health.journey.api.personaldata.PersonalData;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules of the architecture, checked on the compiled classes: the two sides meet only through
 * the published language; each module is packaged by feature, and a feature depends on the
 * published language and its module's platform, never on another feature's internals. Every rule
 * checks that it selected classes (a rule over an empty package passes silently).
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("health.journey");

  /** The packages of each module that every feature of the module may use. */
  private static final List<String> PLATFORM =
      List.of(
          "health.journey.command.common",
          "health.journey.query.common",
          "health.journey.app.platform",
          "health.journey.app.admin");

  /** A feature package: {@code health.journey.<module>.<feature>}, platform packages aside. */
  private static final Pattern FEATURE =
      Pattern.compile("health\\.journey\\.(command|query|app)\\.([a-z]+)(\\..*)?");

  /** The feature a class belongs to, as {@code module.feature}, or null for the platform. */
  private static String featureOf(JavaClass javaClass) {
    String pkg = javaClass.getPackageName();
    Matcher m = FEATURE.matcher(pkg);
    if (!m.matches() || PLATFORM.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) {
      return null;
    }
    return m.group(1) + "." + m.group(2);
  }

  private static final SliceAssignment FEATURES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String feature = featureOf(javaClass);
          return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
          return "features of every module";
        }
      };

  @Test
  void theFeaturesAreThereInEveryModule() {
    Set<String> features = new TreeSet<>();
    CLASSES.forEach(
        c -> {
          String feature = featureOf(c);
          if (feature != null) {
            features.add(feature);
          }
        });
    assertThat(features)
        .contains(
            "command.patient",
            "command.consent",
            "command.tagging",
            "query.patient",
            "query.consent",
            "query.tagging",
            "query.timeline",
            "query.audit",
            "app.patient",
            "app.consent",
            "app.tagging",
            "app.timeline",
            "app.audit",
            "command.questionnaire",
            "command.booking",
            "command.report",
            "query.questionnaire",
            "query.booking",
            "query.report",
            "query.indicator",
            "app.questionnaire",
            "app.booking",
            "app.report",
            "app.fhir");
  }

  @Test
  void theCommandSideNeverReachesIntoTheQuerySide() {
    noClasses()
        .that()
        .resideInAPackage("health.journey.command..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("health.journey.query..", "health.journey.app..")
        .check(CLASSES);
  }

  @Test
  void theQuerySideNeverReachesIntoTheCommandSide() {
    noClasses()
        .that()
        .resideInAPackage("health.journey.query..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("health.journey.command..", "health.journey.app..")
        .check(CLASSES);
  }

  @Test
  void theApplicationMeetsBothSidesOnlyThroughMessages() {
    noClasses()
        .that()
        .resideInAPackage("health.journey.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("health.journey.command..", "health.journey.query..")
        .check(CLASSES);
  }

  @Test
  void theSharedKernelIsThePublishedLanguageOnly() {
    noClasses()
        .that()
        .resideInAPackage("health.journey.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.persistence..",
            "health.journey.command..",
            "health.journey.query..",
            "health.journey.app..")
        .check(CLASSES);
  }

  /**
   * A feature never reaches into another feature, in its module or another. The one exception is
   * the patient stream: the Patient aggregate holds each feature's aggregate member (one history
   * per patient), so the patient feature of the command side may use those members' public classes.
   */
  @Test
  void featuresDependOnlyOnThePublishedLanguageAndThePlatform() {
    slices()
        .assignedFrom(FEATURES)
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            DescribedPredicate.describe(
                "the patient stream",
                (JavaClass c) -> c.getPackageName().equals("health.journey.command.patient")),
            DescribedPredicate.describe(
                "public aggregate members of command features",
                (JavaClass c) ->
                    c.getPackageName().startsWith("health.journey.command.")
                        && c.getModifiers()
                            .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)))
        .check(CLASSES);
  }

  @Test
  void thePlatformKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage(PLATFORM.stream().map(p -> p + "..").toArray(String[]::new))
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in a feature package", (JavaClass c) -> featureOf(c) != null))
        .check(CLASSES);
  }

  @Test
  void thePublishedLanguageOfTheFeaturesHasNoCycles() {
    slices().matching("health.journey.api.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyTheDisclosurePolicyOpensPersonalDataInTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("health.journey.app..")
        .and()
        .resideOutsideOfPackage("health.journey.app.platform.security..")
        .should()
        .callMethod(PersonalData.class, "reveal")
        .check(CLASSES);
  }

  @Test
  void aggregatesAndProjectionsAreNotPublic() {
    classes()
        .that()
        .areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
        .or()
        .areAnnotatedWith(org.axonframework.config.ProcessingGroup.class)
        .should()
        .notBePublic()
        .check(CLASSES);
  }

  @Test
  void everyEventIsARecordWithARevision() {
    assertThat(
            CLASSES.stream().filter(c -> c.isAssignableTo(JourneyEvent.class) && !c.isInterface()))
        .hasSizeGreaterThanOrEqualTo(7);
    classes()
        .that()
        .implement(JourneyEvent.class)
        .and()
        .areNotInterfaces()
        .should()
        .beRecords()
        .andShould()
        .beAnnotatedWith(org.axonframework.serialization.Revision.class)
        .check(CLASSES);
  }
}
