package org.sanshe.core.fee;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.kernel.BoundedText;

/**
 * A fee tier of a service (免费、低偿、有偿, or one the integrator defines): a code and its names in
 * English and Chinese. The tier is a label for reports; what a household pays is its price in the
 * {@link PriceSchedule}. Immutable and thread-safe; equal by all three fields.
 *
 * @param code 1 to 32 upper-case ASCII letters, digits or '_'
 * @param english the English name
 * @param chinese the Chinese name
 */
public record FeeTier(String code, String english, String chinese) {

  /** Free of charge (免费). */
  public static final FeeTier FREE = new FeeTier("FREE", "free", "免费");

  /** Low-cost (低偿): a price below the cost. */
  public static final FeeTier LOW_COST = new FeeTier("LOW_COST", "low-cost", "低偿");

  /** Paid (有偿): the household pays the price. */
  public static final FeeTier PAID = new FeeTier("PAID", "paid", "有偿");

  /**
   * Checks the code and the names.
   *
   * @throws FundException with {@code FEE_TIER_INVALID}; the kernel's text codes for the names
   */
  public FeeTier {
    code = Codes.check(code);
    english =
        BoundedText.name(
            Objects.requireNonNull(english, "english"), Wording.of("tier name", "档次名称"), 100);
    chinese =
        BoundedText.name(
            Objects.requireNonNull(chinese, "chinese"), Wording.of("tier name", "档次名称"), 100);
  }

  /**
   * Tells whether this is the preset free tier.
   *
   * @return true for {@link #FREE}'s code
   */
  public boolean isFree() {
    return code.equals(FREE.code);
  }

  @Override
  public String toString() {
    return code;
  }

  /** The check of tier and category codes. */
  static final class Codes {
    private Codes() {}

    static String check(String code) {
      boolean ok = code != null && !code.isEmpty() && code.length() <= 32;
      for (int i = 0; ok && i < code.length(); i++) {
        char c = code.charAt(i);
        ok = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
      }
      if (!ok) {
        throw new FundException(
            FundError.FEE_TIER_INVALID,
            Wording.of(
                "a code is 1 to 32 upper-case ASCII letters, digits or '_'",
                "代码须为 1 至 32 个大写 ASCII 字母、数字或 '_'"));
      }
      return code;
    }
  }
}
