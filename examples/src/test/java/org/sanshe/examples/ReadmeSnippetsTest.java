package org.sanshe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.CivilAffairsCategory;
import org.sanshe.core.identifier.DivisionKind;
import org.sanshe.examples.snippets.CoreSnippets;

/**
 * Keeps the README honest: every {@code <!-- snippet: name -->} block in README.md must equal the
 * region tagged {@code name} in the examples' snippet sources (main and test), which compile with
 * the build and run in tests.
 */
class ReadmeSnippetsTest {

  private static final Pattern README_BLOCK =
      Pattern.compile("<!-- snippet: ([a-z-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SOURCE_REGION =
      Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

  @Test
  void every_readme_snippet_is_the_compiled_source_region_of_the_same_name() throws IOException {
    Path root = projectRoot();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Map<String, String> regions = new LinkedHashMap<>();
    for (String dir :
        List.of(
            "examples/src/main/java/org/sanshe/examples/snippets",
            "examples/src/test/java/org/sanshe/examples/snippets")) {
      if (!Files.isDirectory(root.resolve(dir))) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root.resolve(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = SOURCE_REGION.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
          }
        }
      }
    }
    Matcher m = README_BLOCK.matcher(readme);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      seen.add(name);
      assertThat(regions).as("source region for README snippet " + name).containsKey(name);
      assertThat(dedent(m.group(2)).strip())
          .as("README snippet " + name)
          .isEqualTo(regions.get(name).strip());
    }
    assertThat(seen).as("README snippets").containsExactlyInAnyOrderElementsOf(regions.keySet());
  }

  @Test
  void the_core_snippet_does_what_its_comments_say() {
    assertThat(CoreSnippets.identifiers())
        .containsExactly(
            CivilAffairsCategory.FOUNDATION,
            DivisionKind.TOWN,
            "USCC_CHECK_CHARACTER",
            "校验码错误：第 18 位应为 P，实际为 T（GB 32100-2015）");
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return out.toString();
  }

  private static Path projectRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("project root").isNotNull();
    return dir;
  }
}
