package org.sanshe.core.fee;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;

/**
 * A household category of the means test, such as a needy household: a code, names in English and
 * Chinese, and whether the category is needy. The needy never pay: a {@link PriceSchedule} that
 * charges a needy category is refused. Immutable and thread-safe.
 *
 * @param code 1 to 32 upper-case ASCII letters, digits or '_'
 * @param english the English name
 * @param chinese the Chinese name
 * @param needy whether households of this category are needy (government purchase or a fund pays)
 */
public record HouseholdCategory(String code, String english, String chinese, boolean needy) {

  /**
   * Needy households (困难家庭: subsistence-allowance and extreme-poverty households). Sanshe's default
   * category, not a figure from a field report.
   */
  public static final HouseholdCategory NEEDY =
      new HouseholdCategory("NEEDY", "needy household", "困难家庭", true);

  /** Low-income households (低收入家庭). Sanshe's default category. */
  public static final HouseholdCategory LOW_INCOME =
      new HouseholdCategory("LOW_INCOME", "low-income household", "低收入家庭", false);

  /** Other households (一般家庭). Sanshe's default category. */
  public static final HouseholdCategory ORDINARY =
      new HouseholdCategory("ORDINARY", "ordinary household", "一般家庭", false);

  /**
   * Checks the code and the names.
   *
   * @throws org.sanshe.core.fund.FundException with {@code FEE_TIER_INVALID}; the kernel's text
   *     codes for the names
   */
  public HouseholdCategory {
    code = FeeTier.Codes.check(code);
    english =
        BoundedText.name(
            Objects.requireNonNull(english, "english"), Wording.of("category name", "类别名称"), 100);
    chinese =
        BoundedText.name(
            Objects.requireNonNull(chinese, "chinese"), Wording.of("category name", "类别名称"), 100);
  }

  @Override
  public String toString() {
    return code;
  }
}
