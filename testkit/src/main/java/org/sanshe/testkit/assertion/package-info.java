/**
 * AssertJ assertions for Sanshe types, reached through {@link org.sanshe.testkit.SansheAssertions}:
 * ledgers, statements, tallies, elections, budgets, satisfaction scores and Sanshe exceptions.
 * Failure messages say what was expected and what was found.
 */
package org.sanshe.testkit.assertion;
