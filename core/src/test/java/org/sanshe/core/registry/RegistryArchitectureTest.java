package org.sanshe.core.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The registry's packages keep Jackson at the edge, log nothing and have no cycles. */
class RegistryArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sanshe.core.registry", "org.sanshe.core.money");

  @Test
  void no_class_uses_jackson_which_lives_in_the_sanshe_jackson_artifacts() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(CLASSES);
  }

  @Test
  void the_domain_logs_nothing_and_uses_no_validation_api() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.slf4j..", "jakarta.validation..", "java.util.logging..")
        .check(CLASSES);
  }

  @Test
  void the_model_does_not_depend_on_stores_json_or_export() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.sanshe.core.registry.organization..",
            "org.sanshe.core.registry.division..",
            "org.sanshe.core.registry.worker..",
            "org.sanshe.core.registry.project..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sanshe.core.registry.memory..", "org.sanshe.core.registry.hsds..")
        .check(CLASSES);
  }

  @Test
  void registry_packages_have_no_cycles() {
    slices().matching("org.sanshe.core.(registry).(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
