package org.sanshe.core.fee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.money.Money;

/**
 * A service's price schedule by household category: what one delivery costs, what each category
 * pays and in which tier, and who pays the rest (the {@link Backstop}: government purchase or a
 * fund).
 *
 * <p>Rules checked at construction, each refused with its own code: the needy never pay (a price
 * above zero for a needy category is {@code FEE_NEEDY_CHARGED}); a price is from zero to the unit
 * cost; the free tier charges nothing; each category is priced once; there is at least one price
 * ({@code FEE_SCHEDULE_INVALID}).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder}.
 */
public final class PriceSchedule {

  private final String service;
  private final Money unitCost;
  private final Backstop backstop;
  private final Map<String, Price> prices;

  private PriceSchedule(String service, Money unitCost, Backstop backstop, Map<String, Price> p) {
    this.service = service;
    this.unitCost = unitCost;
    this.backstop = backstop;
    this.prices = p;
  }

  /**
   * Starts a schedule.
   *
   * @param service the service's code, 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'
   * @param unitCost what one delivery costs, not negative
   * @param backstop who pays what households do not
   * @return a builder
   */
  public static Builder builder(String service, Money unitCost, Backstop backstop) {
    return new Builder(service, unitCost, backstop);
  }

  /**
   * Returns the service's code.
   *
   * @return the code
   */
  public String service() {
    return service;
  }

  /**
   * Returns what one delivery costs.
   *
   * @return the unit cost
   */
  public Money unitCost() {
    return unitCost;
  }

  /**
   * Returns who pays what households do not.
   *
   * @return the backstop
   */
  public Backstop backstop() {
    return backstop;
  }

  /**
   * Returns the prices in the order given.
   *
   * @return an immutable list
   */
  public List<Price> prices() {
    return List.copyOf(prices.values());
  }

  /**
   * Returns the price for a category.
   *
   * @param category the category
   * @return the price, or empty if the category is not priced
   */
  public Optional<Price> priceFor(HouseholdCategory category) {
    Price p = prices.get(Objects.requireNonNull(category, "category").code());
    return p != null && p.category().equals(category) ? Optional.of(p) : Optional.empty();
  }

  @Override
  public String toString() {
    return "PriceSchedule[" + service + " " + unitCost + " " + prices.keySet() + "]";
  }

  /** Collects the prices of a schedule. Not thread-safe; use once. */
  public static final class Builder {
    private final String service;
    private final Money unitCost;
    private final Backstop backstop;
    private final List<Price> prices = new ArrayList<>();

    private Builder(String service, Money unitCost, Backstop backstop) {
      this.service = service;
      this.unitCost = unitCost;
      this.backstop = backstop;
    }

    /**
     * Adds a category's price.
     *
     * @param category the category
     * @param tier its tier
     * @param residentPays what its households pay per delivery
     * @return this builder
     */
    public Builder price(HouseholdCategory category, FeeTier tier, Money residentPays) {
      prices.add(new Price(category, tier, residentPays));
      return this;
    }

    /**
     * Checks every rule and builds the schedule.
     *
     * @return the schedule
     * @throws FundException with {@code FEE_NEEDY_CHARGED} or {@code FEE_SCHEDULE_INVALID}
     */
    public PriceSchedule build() {
      Objects.requireNonNull(unitCost, "unitCost");
      Objects.requireNonNull(backstop, "backstop");
      if (!ServiceCodes.valid(service)) {
        throw invalid(
            "the service code is 1 to 64 ASCII letters, digits, '-', '_', '.' or ':'",
            "服务代码须为 1 至 64 个 ASCII 字母、数字或 '-'、'_'、'.'、':'");
      }
      if (unitCost.isNegative()) {
        throw invalid("the unit cost is not negative", "单位成本不能为负");
      }
      if (prices.isEmpty()) {
        throw invalid("a schedule prices at least one category", "价目表至少为一个类别定价");
      }
      Map<String, Price> byCode = new LinkedHashMap<>();
      for (Price p : prices) {
        if (p.category().needy() && !p.residentPays().isZero()) {
          throw new FundException(FundError.FEE_NEEDY_CHARGED, p.category().code());
        }
        if (p.residentPays().isNegative() || p.residentPays().compareTo(unitCost) > 0) {
          throw invalid("a price is from zero to the unit cost", "价格须在零与单位成本之间");
        }
        if (p.tier().isFree() && !p.residentPays().isZero()) {
          throw invalid("the free tier charges nothing", "免费档不收费");
        }
        if (byCode.put(p.category().code(), p) != null) {
          throw invalid("each category is priced once", "每个类别只定价一次");
        }
      }
      return new PriceSchedule(
          service, unitCost, backstop, java.util.Collections.unmodifiableMap(byCode));
    }

    private static FundException invalid(String english, String chinese) {
      return new FundException(FundError.FEE_SCHEDULE_INVALID, Wording.of(english, chinese));
    }
  }

  /** The check of service codes. */
  static final class ServiceCodes {
    private ServiceCodes() {}

    static boolean valid(String s) {
      if (s == null || s.isEmpty() || s.length() > 64) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= 'a' && c <= 'z'
            || c >= 'A' && c <= 'Z'
            || c >= '0' && c <= '9'
            || c == '-'
            || c == '_'
            || c == '.'
            || c == ':')) {
          return false;
        }
      }
      return true;
    }
  }
}
