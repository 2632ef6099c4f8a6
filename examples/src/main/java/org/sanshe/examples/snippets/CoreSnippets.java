package org.sanshe.examples.snippets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.CivilAffairsCategory;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionKind;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * The README's core snippet. The region between the tag comments is copied verbatim into README.md;
 * {@code ReadmeSnippetsTest} checks that the two agree and runs this method.
 */
public final class CoreSnippets {

  private CoreSnippets() {}

  /**
   * Parses identifiers as a portal form receives them.
   *
   * @return what the snippet found, for the test to check
   */
  public static List<Object> identifiers() {
    // tag::identifiers[]
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parseLenient(" 53100000mj0065081r ");
    CivilAffairsCategory category = code.civilAffairsCategory().orElseThrow(); // FOUNDATION
    DivisionKind kind = DivisionCode.parse("330411104").kind(); // TOWN
    String stable = null;
    String chinese = null;
    try {
      UnifiedSocialCreditCode.parse("53100000500012015T");
    } catch (SansheException e) {
      stable = e.code(); // "USCC_CHECK_CHARACTER"
      chinese = e.message(Locale.SIMPLIFIED_CHINESE); // "校验码错误：第 18 位应为 P，实际为 T（GB 32100-2015）"
    }
    // end::identifiers[]
    return Arrays.asList(category, kind, stable, chinese);
  }
}
