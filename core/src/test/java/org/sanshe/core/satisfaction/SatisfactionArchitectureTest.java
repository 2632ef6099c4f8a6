package org.sanshe.core.satisfaction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

class SatisfactionArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.sanshe.core.satisfaction");

  @Test
  void satisfaction_scoring_uses_no_jackson_validation_or_logging() {
    noClasses()
        .that()
        .resideInAPackage("org.sanshe.core.satisfaction..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson..", "tools.jackson..", "jakarta.validation..", "org.slf4j..")
        .check(CLASSES);
  }

  @Test
  void satisfaction_scoring_refers_to_no_other_aggregate_package() {
    noClasses()
        .that()
        .resideInAPackage("org.sanshe.core.satisfaction..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sanshe.core.registry..", "org.sanshe.core.money..")
        .check(CLASSES);
  }

  @Test
  void the_satisfaction_packages_have_no_cycles() {
    SlicesRuleDefinition.slices()
        .matching("org.sanshe.core.satisfaction.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }
}
