package org.sanshe.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sanshe.examples.district.DistrictScenario;
import org.sanshe.examples.district.JsonReport;
import org.sanshe.examples.district.ScenarioReport;
import org.sanshe.examples.district.TextReport;

/**
 * The README's main example: a district's working month. Prints a readable report, or JSON with
 * {@code --json}, and exits non-zero if any step failed (1) or the arguments are wrong (2).
 */
public final class Main {

  private Main() {}

  /**
   * Runs the example.
   *
   * @param args nothing, or {@code --json}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example, printing to streams.
   *
   * @param args nothing, or {@code --json}
   * @param out where the report goes
   * @param err where failures and usage go
   * @return 0 if every step passed, 1 if a step failed, 2 for unknown arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> arguments = List.of(args);
    boolean json = arguments.contains("--json");
    if (arguments.stream().anyMatch(a -> !a.equals("--json"))) {
      err.println("usage: Main [--json]");
      return 2;
    }
    ScenarioReport report = DistrictScenario.workingMonth().run();
    if (json) {
      out.println(JsonReport.render(report));
    } else {
      TextReport.print(report, out);
    }
    if (report.failures() > 0) {
      err.println(report.failures() + " step(s) failed");
      return 1;
    }
    return 0;
  }
}
