package org.sanshe.deliberation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds the shared conformance data, {@code ../shared/conformance} beside the project root. A
 * missing file fails the test when {@code CI=true} and skips it otherwise; the first skip of a test
 * run prints one line saying why, so that a skipped suite does not pass unnoticed.
 */
public final class ConformanceFiles {

  private static final AtomicBoolean TOLD = new AtomicBoolean();

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
      if (TOLD.compareAndSet(false, true)) {
        System.out.println(skipNotice(file));
      }
      assumeTrue(false, "conformance file missing, test skipped outside CI: " + file);
    }
    return file;
  }

  /**
   * The one line printed when the first conformance test of a run is skipped.
   *
   * @param missing the file that was not found
   * @return the line
   */
  static String skipNotice(Path missing) {
    Path dir = directory();
    String why =
        Files.isDirectory(dir)
            ? "the file " + missing + " is missing from it"
            : "there is no such directory";
    return "Conformance tests skipped: they read the shared conformance data at "
        + dir
        + " and "
        + why
        + " (see README, 'Conformance data'; set SANSHE_CONFORMANCE_DIR to use another place).";
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
