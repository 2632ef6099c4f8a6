package org.sanshe.deliberation.affairs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AffairsArchitectureTest {

  private static final String[] DOMAIN = {
    "org.sanshe.deliberation.affairs..",
    "org.sanshe.deliberation.escalation..",
    "org.sanshe.deliberation.consultation..",
    "org.sanshe.deliberation.ownersvote..",
    "org.sanshe.deliberation.contest.."
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(DOMAIN);

  @Test
  void domain_packages_use_no_jackson_validation_or_logging() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "jakarta.validation..", "org.slf4j..")
        .check(classes);
  }

  @Test
  void domain_code_reads_no_system_clock_and_makes_no_random_ids() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.util.UUID.class, "randomUUID")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .check(classes);
  }

  @Test
  void the_affairs_packages_have_no_cycles() {
    slices().matching("org.sanshe.deliberation.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void no_floating_point_in_the_affairs_packages() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(Double.class, Float.class)
        .check(classes);
  }
}
