package org.sanshe.core.fee;

import java.time.LocalDate;
import java.util.Optional;
import org.sanshe.core.identifier.HashedIdentity;

/**
 * The means test, as a port: the integrator says which category a household is in on a day (from
 * its civil-affairs records of subsistence allowance, income or disability). Households are named
 * by keyed hash only. Implementations are thread-safe; arguments are never null.
 */
@FunctionalInterface
public interface HouseholdCategories {

  /**
   * Returns a household's category on a day.
   *
   * @param household the household's hashed identity
   * @param on the day
   * @return the category, or empty when the means test has no answer
   */
  Optional<HouseholdCategory> categoryOf(HashedIdentity household, LocalDate on);
}
