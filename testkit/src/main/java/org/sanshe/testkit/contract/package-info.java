/**
 * Contract tests for Sanshe's ports: abstract JUnit 5 classes that a store implementation extends
 * to prove it behaves as the domain expects. Sanshe runs them against its in-memory and JDBC
 * stores; a vendor runs them against its own adapter (for instance a MyBatis one) by extending the
 * class and saying how to make a fresh store and how to reopen it over the same data.
 */
package org.sanshe.testkit.contract;
