package org.sanshe.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanshe.jackson.fixture.JsonCases;
import org.sanshe.jackson.fixture.ResultSamples;
import org.sanshe.jackson.fixture.ValueSamples;

/**
 * Finds the value types of every exported package of the domain modules (records, and classes with
 * a static {@code parse}) and checks each is covered by a shared JSON case ({@code canonical.tsv},
 * {@link ResultSamples}, {@link ValueSamples}) or by a dedicated test, or is listed in {@code
 * sanshe-json/not-yet-covered.txt}. A new value type without JSON fails here; so does a listed type
 * that became covered (remove it from the list).
 */
class ExportedTypesCoverageTest {

  /** Types whose round trips have their own tests (registry, time bank, deliberation). */
  private static final Set<String> TESTED_ELSEWHERE =
      Set.of(
          "org.sanshe.core.registry.organization.Organization",
          "org.sanshe.core.registry.organization.OrganizationSnapshot",
          "org.sanshe.core.registry.worker.SocialWorker",
          "org.sanshe.core.registry.worker.SocialWorkerSnapshot",
          "org.sanshe.core.registry.project.Project",
          "org.sanshe.core.registry.project.ProjectSnapshot",
          "org.sanshe.core.registry.project.Need",
          "org.sanshe.core.identifier.UnifiedSocialCreditCode",
          "org.sanshe.core.identifier.DivisionCode",
          "org.sanshe.core.identifier.ResidentIdNumber",
          "org.sanshe.core.satisfaction.response.Period",
          "org.sanshe.core.satisfaction.response.SubjectId",
          "org.sanshe.core.satisfaction.instrument.Weight",
          "org.sanshe.core.satisfaction.instrument.PointsMapping",
          "org.sanshe.core.satisfaction.instrument.ItemId",
          "org.sanshe.core.satisfaction.instrument.QuestionnaireId",
          "org.sanshe.core.satisfaction.grade.Grade",
          "org.sanshe.core.kernel.Fraction",
          "org.sanshe.timebank.ledger.Transfer",
          "org.sanshe.timebank.account.Account",
          "org.sanshe.timebank.account.AccountLimits",
          "org.sanshe.deliberation.ballot.CandidateId",
          // issue 19: inside OrganizationSnapshot, in OrganizationRecordsJsonTest
          "org.sanshe.core.registry.organization.RegistrationDetails",
          "org.sanshe.core.registry.organization.ContactPhone",
          "org.sanshe.core.registry.organization.ContactPerson",
          "org.sanshe.core.registry.organization.RegisteredAddress",
          "org.sanshe.core.registry.organization.Incubation",
          // issue 13: written for reports, not read back (WrittenOnlyJsonTest)
          "org.sanshe.core.error.Problem",
          "org.sanshe.core.satisfaction.score.SurveyReport");

  private static Set<String> scanned() throws IOException {
    Set<String> types = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path root = Path.of(entry);
      boolean domain =
          root.getFileName().toString().matches("sanshe-(core|time-bank|deliberation)-.*[.]jar")
              || Stream.of("core", "time-bank", "deliberation")
                  .anyMatch(m -> root.endsWith(Path.of(m, "target", "classes")));
      if (!domain) {
        continue;
      }
      for (ModuleReference ref : ModuleFinder.of(root).findAll()) {
        Set<String> exported = new TreeSet<>();
        ref.descriptor().exports().forEach(e -> exported.add(e.source().replace('.', '/')));
        try (ModuleReader reader = ref.open();
            Stream<String> resources = reader.list()) {
          for (String resource : resources.filter(r -> r.endsWith(".class")).toList()) {
            int slash = resource.lastIndexOf('/');
            String simple = resource.substring(slash + 1, resource.length() - ".class".length());
            if (slash < 0
                || !exported.contains(resource.substring(0, slash))
                || simple.equals("package-info")) {
              continue;
            }
            String binary = resource.substring(0, resource.length() - 6).replace('/', '.');
            if (isValueType(binary)) {
              types.add(binary.replace('$', '.'));
            }
          }
        }
      }
    }
    return types;
  }

  private static boolean isValueType(String binaryName) {
    Class<?> type;
    try {
      type = Class.forName(binaryName, false, ExportedTypesCoverageTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(binaryName, e);
    } catch (NoClassDefFoundError e) {
      // Bean Validation constraints: their API is optional and not on this class path.
      return false;
    }
    if (!Modifier.isPublic(type.getModifiers())
        || type.isAnonymousClass()
        || Throwable.class.isAssignableFrom(type)) {
      return false;
    }
    if (type.isRecord()) {
      return true;
    }
    if (type.isInterface() || type.isEnum() || Modifier.isAbstract(type.getModifiers())) {
      return false;
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          && m.getName().equals("parse")
          && m.getReturnType() == type) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> covered() {
    Set<String> covered = new TreeSet<>(TESTED_ELSEWHERE);
    for (JsonCases.Canonical c : JsonCases.canonical()) {
      covered.add(c.type().getCanonicalName());
    }
    List<Map.Entry<Class<?>, Object>> samples = new ArrayList<>(ResultSamples.all());
    samples.addAll(ValueSamples.all());
    for (Map.Entry<Class<?>, Object> e : samples) {
      covered.add(e.getKey().getCanonicalName());
      covered.add(e.getValue().getClass().getCanonicalName());
    }
    return covered;
  }

  private static Set<String> listed() throws IOException {
    try (InputStream in =
        ExportedTypesCoverageTest.class.getResourceAsStream("/sanshe-json/not-yet-covered.txt")) {
      Set<String> listed = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          listed.add(line.strip());
        }
      }
      return listed;
    }
  }

  @Test
  void every_exported_value_type_has_json_or_is_a_listed_gap() throws IOException {
    Set<String> scanned = scanned();
    assertThat(scanned).as("the scan finds the value types").hasSizeGreaterThan(50);
    Set<String> uncovered = new TreeSet<>(scanned);
    uncovered.removeAll(covered());
    assertThat(uncovered).as("value types without JSON coverage").isEqualTo(listed());
  }
}
