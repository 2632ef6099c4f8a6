package org.sanshe.timebank.policy;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * How verified service is priced: per category as credit minutes per hour served (60 = one hour of
 * service earns one hour of credit, as in Shanghai, Beijing and Nanjing), or per service item as a
 * fixed price (as Chengdu Pidu's 48 items). An item price wins over its category's rate. Exact
 * integer arithmetic, rounded down to the minute. Immutable and thread-safe.
 */
public final class PricingPolicy {

  private final Integer defaultRate;
  private final Map<String, Integer> ratePerCategory;
  private final Map<String, TimeCredit> pricePerItem;

  private PricingPolicy(
      Integer defaultRate, Map<String, Integer> ratePerCategory, Map<String, TimeCredit> items) {
    this.defaultRate = defaultRate;
    this.ratePerCategory = Map.copyOf(ratePerCategory);
    this.pricePerItem = Map.copyOf(items);
  }

  /**
   * Returns the one-for-one pricing: every category earns 60 credit minutes per hour served.
   *
   * @return the policy
   */
  public static PricingPolicy hourForHour() {
    return new PricingPolicy(60, Map.of(), Map.of());
  }

  /**
   * Returns a pricing where every category earns the same rate.
   *
   * @param creditMinutesPerHour the rate, positive ({@link #hourForHour()} is 60)
   * @return the policy
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} unless the rate is positive
   */
  public static PricingPolicy perHour(int creditMinutesPerHour) {
    return new PricingPolicy(checkedRate(creditMinutesPerHour), Map.of(), Map.of());
  }

  private static int checkedRate(int creditMinutesPerHour) {
    if (creditMinutesPerHour <= 0) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of(
              "a category rate is a positive number of credit minutes per hour",
              "服务类别的折算标准须为每小时正数分钟"));
    }
    return creditMinutesPerHour;
  }

  /**
   * Returns a pricing with no default: only configured categories and items are priced.
   *
   * @return the policy
   */
  public static PricingPolicy none() {
    return new PricingPolicy(null, Map.of(), Map.of());
  }

  /**
   * Returns a copy with a category rate.
   *
   * @param category the category code, not null
   * @param creditMinutesPerHour the rate, positive
   * @return the new policy
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} unless the rate is positive
   */
  public PricingPolicy withCategoryRate(String category, int creditMinutesPerHour) {
    Objects.requireNonNull(category, "category");
    checkedRate(creditMinutesPerHour);
    Map<String, Integer> rates = new HashMap<>(ratePerCategory);
    rates.put(category, creditMinutesPerHour);
    return new PricingPolicy(defaultRate, rates, pricePerItem);
  }

  /**
   * Returns a copy with an item price.
   *
   * @param item the item code, not null
   * @param price the price, positive
   * @return the new policy
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} unless the price is positive
   */
  public PricingPolicy withItemPrice(String item, TimeCredit price) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(price, "price");
    if (!price.isPositive()) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of("an item price is a positive credit", "服务项目的价格须为正"));
    }
    Map<String, TimeCredit> items = new HashMap<>(pricePerItem);
    items.put(item, price);
    return new PricingPolicy(defaultRate, ratePerCategory, items);
  }

  /**
   * Returns the rate of a category without its own rate.
   *
   * @return credit minutes per hour served, or empty when such a category is not priced
   */
  public OptionalInt defaultRate() {
    return defaultRate == null ? OptionalInt.empty() : OptionalInt.of(defaultRate);
  }

  /**
   * Returns the categories' own rates.
   *
   * @return credit minutes per hour by category code, sorted by code, unmodifiable
   */
  public SortedMap<String, Integer> categoryRates() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(ratePerCategory));
  }

  /**
   * Returns the items' fixed prices.
   *
   * @return prices by item code, sorted by code, unmodifiable
   */
  public SortedMap<String, TimeCredit> itemPrices() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(pricePerItem));
  }

  /** Equal to a policy with the same default rate, category rates and item prices. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PricingPolicy other
        && Objects.equals(defaultRate, other.defaultRate)
        && ratePerCategory.equals(other.ratePerCategory)
        && pricePerItem.equals(other.pricePerItem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultRate, ratePerCategory, pricePerItem);
  }

  @Override
  public String toString() {
    return "PricingPolicy[default "
        + (defaultRate == null ? "none" : defaultRate + " min/h")
        + ", categories "
        + categoryRates()
        + ", items "
        + itemPrices()
        + "]";
  }

  /**
   * Prices a service.
   *
   * @param category the category code, not null
   * @param item the item code, or null
   * @param served the time served, not null
   * @return the credit
   * @throws TimeBankException {@code TIMEBANK_SERVICE_UNPRICED} if neither is priced, {@code
   *     TIMEBANK_CREDIT_OVERFLOW} on overflow
   */
  public TimeCredit price(String category, String item, Duration served) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(served, "served");
    if (item != null && pricePerItem.containsKey(item)) {
      return pricePerItem.get(item);
    }
    Integer rate = ratePerCategory.getOrDefault(category, defaultRate);
    if (rate == null) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_SERVICE_UNPRICED, item != null ? item : category);
    }
    try {
      return TimeCredit.ofMinutes(Math.multiplyExact(served.toMinutes(), (long) rate) / 60);
    } catch (ArithmeticException e) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_OVERFLOW, e, "price");
    }
  }
}
