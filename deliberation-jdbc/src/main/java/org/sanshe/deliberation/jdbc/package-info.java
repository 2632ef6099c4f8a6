/**
 * JDBC stores of the deliberation module. Each store runs its writes in one transaction of {@link
 * org.sanshe.jdbc.SansheJdbc} (the store's own, or the caller's in {@code EXTERNAL} mode), checks
 * the optimistic version in the same statement that writes, and uses the portable SQL subset of
 * {@code sanshe-jdbc}: application-assigned keys, no upsert, no {@code RETURNING}, no {@code
 * LIMIT}/{@code OFFSET}, no JSON, array, BOOLEAN or BYTEA columns, times as epoch milliseconds.
 */
package org.sanshe.deliberation.jdbc;
