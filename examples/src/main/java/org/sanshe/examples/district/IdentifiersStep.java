package org.sanshe.examples.district;

import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/** Checks the identifiers a portal form receives: credit codes, division codes, ID numbers. */
public final class IdentifiersStep implements Step {

  /** Creates the step. */
  public IdentifiersStep() {}

  @Override
  public String key() {
    return "identifiers";
  }

  @Override
  public String title() {
    return "Check identifiers";
  }

  @Override
  public String titleZh() {
    return "核验代码";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    out.columns("input 输入", "result 结果");
    String good = DistrictData.creditCode('2', 1).value();
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parseLenient(" " + good.toLowerCase());
    out.row(
        "credit code (lower case, spaces)",
        code.value() + " " + code.civilAffairsCategory().map(Enum::name).orElse("-"));
    char wrong = good.charAt(17) == '0' ? '1' : '0';
    String mistyped = good.substring(0, 17) + wrong;
    String refusal = "";
    try {
      UnifiedSocialCreditCode.parse(mistyped);
    } catch (SansheException e) {
      refusal = e.code();
    }
    out.row("credit code, last character mistyped", refusal);
    DivisionCode community = DistrictData.YUHUA_COMMUNITY;
    out.row(community.value(), community.kind() + ", parent " + community.parent().orElseThrow());
    ResidentIdNumber id = DistrictData.volunteerIdNumber();
    out.row("volunteer's resident ID 身份证号", id + " (masked), born " + id.birthDate());
    out.figure("mistyped credit code", refusal);
    out.check("the lenient parse accepts the lower-case code", code.value().equals(good));
    out.check("a mistyped check character is refused", "USCC_CHECK_CHARACTER".equals(refusal));
    out.check(
        "the resident ID number prints masked",
        !id.toString().contains(DistrictData.volunteerIdNumberText().substring(6, 14)));
  }
}
