package org.sanshe.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * The README's main example: parses and validates a few identifiers as a portal form would receive
 * them, and prints what it found. Exits non-zero if any expectation fails.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int failures = run(System.out);
    if (failures > 0) {
      System.err.println(failures + " step(s) failed");
      System.exit(1);
    }
  }

  /**
   * Runs the example, printing to a stream.
   *
   * @param out where to print
   * @return how many expectations failed
   */
  static int run(PrintStream out) {
    int failures = 0;
    out.println("== Unified Social Credit Codes 统一社会信用代码 ==");
    for (String raw :
        List.of(
            "53100000500019795A", " 53100000mj0065081r ", "53100000500012015T", "5310000050001")) {
      boolean expectedValid = !raw.startsWith("531000005000120") && raw.strip().length() == 18;
      try {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parseLenient(raw);
        out.printf(
            "  %-22s valid   department %s, category %s, region %s%n",
            "'" + raw + "'",
            code.registeringDepartment().map(Enum::name).orElse("?"),
            code.civilAffairsCategory().map(Enum::name).orElse("-"),
            code.regionSegment());
        failures += expectedValid ? 0 : 1;
      } catch (SansheException e) {
        out.printf(
            "  %-22s invalid %s%n  %-22s         %s%n",
            "'" + raw + "'", e.getMessage(), "", e.message(Locale.SIMPLIFIED_CHINESE));
        failures += expectedValid ? 1 : 0;
      }
    }

    out.println("== Division codes 行政区划代码 ==");
    for (String raw : List.of("320114", "320114001", "330411104", "320114001001", "32011400")) {
      try {
        DivisionCode code = DivisionCode.parse(raw);
        out.printf(
            "  %-14s %-9s %-16s parent %s%n",
            raw, code.level(), code.kind(), code.parent().map(DivisionCode::value).orElse("-"));
      } catch (SansheException e) {
        out.printf("  %-14s invalid %s%n", raw, e.getMessage());
        failures += raw.length() == 8 ? 0 : 1;
      }
    }

    out.println("== Resident ID numbers 居民身份证号码 (personal data: always masked) ==");
    String body = "32011419500101001";
    String synthetic = body + ResidentIdNumber.checkCharacter(body);
    ResidentIdNumber id = ResidentIdNumber.parse(synthetic);
    out.printf(
        "  %s born %s, %s, check character %s%n",
        id, id.birthDate(), id.sex(), synthetic.charAt(17));
    failures += id.toString().contains(body) ? 1 : 0;
    try {
      ResidentIdNumber.parse(body + (synthetic.charAt(17) == '0' ? '1' : '0'));
      failures++;
    } catch (SansheException e) {
      out.printf("  a mistyped number: %s%n", e.getMessage());
    }
    return failures;
  }
}
