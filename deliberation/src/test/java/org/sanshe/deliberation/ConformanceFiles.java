package org.sanshe.deliberation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared conformance data, {@code ../shared/conformance} beside the project root. A
 * missing file fails the test when {@code CI=true} and skips it otherwise.
 */
public final class ConformanceFiles {

  private ConformanceFiles() {}

  /**
   * Returns a conformance file, or fails (CI) or skips (elsewhere) when it is missing.
   *
   * @param relative path below {@code shared/conformance}, such as {@code identifiers/uscc.tsv}
   * @return the existing file
   */
  public static Path require(String relative) {
    Path file = directory().resolve(relative);
    if (!Files.isRegularFile(file)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("conformance file missing under CI=true: " + file);
      }
      assumeTrue(false, "conformance file missing, test skipped outside CI: " + file);
    }
    return file;
  }

  private static Path directory() {
    String override = System.getenv("SANSHE_CONFORMANCE_DIR");
    if (override != null && !override.isBlank()) {
      return Paths.get(override);
    }
    return projectRoot().resolve("../shared/conformance").normalize();
  }

  private static Path projectRoot() {
    String root = System.getenv("SANSHE_PROJECT_ROOT");
    if (root != null && !root.isBlank() && Files.isDirectory(Paths.get(root, ".mvn"))) {
      return Paths.get(root).toAbsolutePath();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
      dir = dir.getParent();
    }
    return dir != null ? dir : Paths.get("").toAbsolutePath();
  }
}
