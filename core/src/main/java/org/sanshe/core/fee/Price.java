package org.sanshe.core.fee;

import java.util.Objects;
import org.sanshe.core.money.Money;

/**
 * The price of a service for one household category: its tier and what the household pays per
 * delivery. Immutable and thread-safe; no component is null.
 *
 * @param category the household category
 * @param tier the tier
 * @param residentPays what the household pays per delivery, from zero to the unit cost
 */
public record Price(HouseholdCategory category, FeeTier tier, Money residentPays) {

  /** Checks for nulls (the schedule checks the amounts). */
  public Price {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(residentPays, "residentPays");
  }
}
