package org.sanshe.timebank;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.sanshe.timebank");

  @Test
  void no_class_uses_jackson_which_lives_in_the_sanshe_jackson_artifacts() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(classes);
  }

  @Test
  void the_domain_neither_logs_nor_validates_nor_reads_the_system_clock() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.slf4j..", "jakarta.validation..")
        .check(classes);
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.util.UUID.class, "randomUUID")
        .check(classes);
  }

  @Test
  void packages_have_no_cycles() {
    slices().matching("org.sanshe.timebank.(*)..").should().beFreeOfCycles().check(classes);
  }
}
