package health.journey.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of the architecture, checked on the compiled classes. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("health.journey");

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
  void eventsAreRecordsWithARevision() {
    classes()
        .that()
        .implement(health.journey.api.patient.PatientEvent.class)
        .should()
        .beRecords()
        .andShould()
        .beAnnotatedWith(org.axonframework.serialization.Revision.class)
        .check(CLASSES);
  }
}
