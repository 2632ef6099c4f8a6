/**
 * The Sanshe test kit's entry points: {@link org.sanshe.testkit.MutableClock}, deterministic ids
 * ({@link org.sanshe.testkit.TestIds}) and the AssertJ entry point {@link
 * org.sanshe.testkit.SansheAssertions}. Fixtures, generators and assertion classes live in the
 * sub-packages.
 */
package org.sanshe.testkit;
