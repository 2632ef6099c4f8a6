/**
 * Contract tests for Sanshe's ports: abstract JUnit 5 classes that a store implementation extends
 * to prove it behaves as the domain expects. Sanshe runs them against its in-memory and JDBC
 * stores; a vendor runs them against its own adapter (for instance a MyBatis one) by extending the
 * class and saying how to make a fresh store and how to reopen it over the same data.
 *
 * <p>{@link org.sanshe.testkit.contract.VotesContract} and {@link
 * org.sanshe.testkit.contract.ContestsContract} also run two store instances (two servers, when
 * reopening opens a second connection) from several threads at once: no ballot lost, no voter
 * accepted twice, one success and one version conflict for two updates from the same version.
 */
package org.sanshe.testkit.contract;
