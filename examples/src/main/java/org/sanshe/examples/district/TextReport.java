package org.sanshe.examples.district;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a scenario report as plain text: a heading per step with its status, a table, key figures,
 * notes and checks. Chinese characters count as two columns when tables are aligned. Stateless.
 */
public final class TextReport {

  /** The prefix of a note's line. */
  static final String NOTE = "note 说明: ";

  private TextReport() {}

  /**
   * Prints a report.
   *
   * @param report the report, not null
   * @param out where to print, not null
   */
  public static void print(ScenarioReport report, PrintStream out) {
    out.println("Sanshe 三社 - a working month in 雨花台区 Yuhuatai district, Nanjing (320114)");
    out.println(
        "clock 时钟: "
            + report.started().atZone(DistrictData.ZONE).toLocalDateTime()
            + " to "
            + report.ended().atZone(DistrictData.ZONE).toLocalDateTime()
            + " Beijing time; ids are sequential");
    for (StepResult step : report.steps()) {
      out.println();
      out.println(
          "== "
              + step.number()
              + ". "
              + step.title()
              + " "
              + step.titleZh()
              + " ["
              + step.status()
              + "] ==");
      printTable(step, out);
      for (Map.Entry<String, String> figure : step.figures().entrySet()) {
        out.println("  " + figure.getKey() + ": " + figure.getValue());
      }
      for (String note : step.notes()) {
        out.println("  " + NOTE + note);
      }
      for (StepResult.Check check : step.checks()) {
        out.println("  [" + (check.passed() ? "ok" : "FAILED") + "] " + check.description());
      }
      step.error().ifPresent(e -> out.println("  [FAILED] stopped: " + e));
    }
    out.println();
    int failures = report.failures();
    out.println(
        failures == 0
            ? "All " + report.steps().size() + " steps OK 全部通过"
            : failures + " of " + report.steps().size() + " steps FAILED 未通过");
  }

  private static void printTable(StepResult step, PrintStream out) {
    if (step.columns().isEmpty()) {
      return;
    }
    List<List<String>> lines = new ArrayList<>();
    lines.add(step.columns());
    lines.addAll(step.rows());
    int[] widths = new int[step.columns().size()];
    for (List<String> line : lines) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], width(line.get(i)));
      }
    }
    out.println(format(step.columns(), widths));
    StringBuilder rule = new StringBuilder("  ");
    for (int i = 0; i < widths.length; i++) {
      rule.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "-+-" : "");
    }
    out.println(rule);
    for (List<String> row : step.rows()) {
      out.println(format(row, widths));
    }
  }

  private static String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < widths.length; i++) {
      String cell = cells.get(i);
      line.append(cell);
      if (i + 1 < widths.length) {
        line.append(" ".repeat(widths[i] - width(cell))).append(" | ");
      }
    }
    return line.toString().stripTrailing();
  }

  /** Display width: wide (East Asian) characters take two columns. */
  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
