package org.sanshe.deliberation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class VotingArchitectureTest {

  private static final String[] VOTING = {
    "org.sanshe.deliberation.ballot..",
    "org.sanshe.deliberation.counting..",
    "org.sanshe.deliberation.budgeting..",
    "org.sanshe.deliberation.pabulib..",
    "org.sanshe.deliberation.preflib..",
    "org.sanshe.deliberation.internal.."
  };

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sanshe.deliberation");

  @Test
  void voting_code_uses_no_jackson_validation_or_logging() {
    noClasses()
        .that()
        .resideInAnyPackage(VOTING)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "jakarta.validation..", "org.slf4j..")
        .check(CLASSES);
  }

  @Test
  void the_internal_engines_do_not_depend_on_the_public_api() {
    noClasses()
        .that()
        .resideInAPackage("org.sanshe.deliberation.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sanshe.deliberation.budgeting..",
            "org.sanshe.deliberation.counting..",
            "org.sanshe.deliberation.pabulib..")
        .check(CLASSES);
  }

  @Test
  void ballots_depend_on_no_counting_method() {
    noClasses()
        .that()
        .resideInAPackage("org.sanshe.deliberation.ballot..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sanshe.deliberation.counting..",
            "org.sanshe.deliberation.budgeting..",
            "org.sanshe.deliberation.pabulib..",
            "org.sanshe.deliberation.preflib..",
            "org.sanshe.deliberation.internal..")
        .check(CLASSES);
  }
}
