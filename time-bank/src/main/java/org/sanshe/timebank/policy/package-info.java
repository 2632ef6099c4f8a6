/**
 * The time bank's rules as policy objects returning a {@link org.sanshe.timebank.policy.Verdict}:
 * redemption eligibility, gifts, pricing, expiry, and the kinship and age ports they consult.
 */
package org.sanshe.timebank.policy;
