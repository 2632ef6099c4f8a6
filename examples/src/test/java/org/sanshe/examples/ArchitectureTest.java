package org.sanshe.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of all published modules, checked on their compiled classes: the domain is free
 * of frameworks, packages have no cycles, and no module reaches into another's internals.
 */
@AnalyzeClasses(
    packages = {
      "org.sanshe.core",
      "org.sanshe.timebank",
      "org.sanshe.deliberation",
      "org.sanshe.jackson",
      "org.sanshe.jackson3"
    },
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] EDGES = {
    "org.sanshe.jackson..", "org.sanshe.jackson3..", "..validation.."
  };

  private static final String[] DOMAIN = {
    "org.sanshe.core..", "org.sanshe.timebank..", "org.sanshe.deliberation.."
  };

  @ArchTest
  static final ArchRule the_domain_does_not_use_jackson =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
          .because("JSON lives in the sanshe-jackson and sanshe-jackson3 artifacts");

  @ArchTest
  static final ArchRule the_domain_does_not_know_its_json_artifacts =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.sanshe.jackson..", "org.sanshe.jackson3..");

  @ArchTest
  static final ArchRule the_jackson_2_artifact_does_not_use_jackson_3 =
      noClasses()
          .that()
          .resideInAPackage("org.sanshe.jackson..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson..", "org.sanshe.jackson3..");

  @ArchTest
  static final ArchRule the_jackson_3_artifact_does_not_use_jackson_2 =
      noClasses()
          .that()
          .resideInAPackage("org.sanshe.jackson3..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml.jackson.databind..",
              "com.fasterxml.jackson.core..",
              "org.sanshe.jackson",
              "org.sanshe.jackson.core..",
              "org.sanshe.jackson.timebank..",
              "org.sanshe.jackson.deliberation..")
          .because("Jackson 3 shares only the annotations package with Jackson 2");

  @ArchTest
  static final ArchRule the_domain_does_not_use_bean_validation =
      noClasses()
          .that()
          .resideOutsideOfPackages(EDGES)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.validation..")
          .because("Bean Validation lives at the edge, in ..validation.. packages");

  @ArchTest
  static final ArchRule the_domain_does_not_log =
      noClasses()
          .that()
          .resideOutsideOfPackages(EDGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.slf4j..", "java.util.logging..", "java.lang.System$Logger")
          .because("domain code reports through results and exceptions, not logs");

  @ArchTest
  static final ArchRule packages_have_no_cycles =
      slices().matching("org.sanshe.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule core_internals_stay_in_core =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.sanshe.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.sanshe.core..internal..");

  @ArchTest
  static final ArchRule time_bank_internals_stay_in_the_time_bank =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.sanshe.timebank..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.sanshe.timebank..internal..");

  @ArchTest
  static final ArchRule deliberation_internals_stay_in_deliberation =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.sanshe.deliberation..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.sanshe.deliberation..internal..");

  @ArchTest
  static final ArchRule core_depends_on_no_other_sanshe_module =
      noClasses()
          .that()
          .resideInAPackage("org.sanshe.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.sanshe.timebank..", "org.sanshe.deliberation..", "org.sanshe.testkit..");
}
