/**
 * Fee tiers (分档收费): a service's {@link org.sanshe.core.fee.PriceSchedule} by {@link
 * org.sanshe.core.fee.HouseholdCategory} (free, low-cost, paid, and tiers the integrator defines),
 * the means test as the {@link org.sanshe.core.fee.HouseholdCategories} port, the backstop rule
 * that the needy never pay (government purchase or a fund pays instead), {@link
 * org.sanshe.core.fee.Pricing} of each delivery, and the streaming {@link
 * org.sanshe.core.fee.MonthlyFeeReport}. Error codes are {@link org.sanshe.core.fund.FundError}'s
 * {@code FEE_*} codes.
 */
package org.sanshe.core.fee;
