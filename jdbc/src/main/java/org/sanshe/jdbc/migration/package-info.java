/**
 * A small migrator for versioned plain-SQL schemas: {@link org.sanshe.jdbc.migration.Schema} names
 * a component's files, {@link org.sanshe.jdbc.migration.Migrator} applies them under a lock row and
 * records their checksums, or only validates them when the integrator's own Flyway or Liquibase
 * runs the same files.
 */
package org.sanshe.jdbc.migration;
