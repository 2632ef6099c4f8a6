/**
 * The JDBC foundation of Sanshe's database adapters: {@link org.sanshe.jdbc.SansheJdbc} (data
 * source, {@link org.sanshe.jdbc.Dialect}, table prefix, {@link org.sanshe.jdbc.TransactionMode}),
 * {@link org.sanshe.jdbc.SqlWork} and the coded {@link org.sanshe.jdbc.JdbcException}.
 * Framework-free: only {@code java.sql} and the integrator's driver.
 *
 * <h2 id="portable-sql">The portable SQL subset</h2>
 *
 * <p>District systems run on PostgreSQL and on PostgreSQL-flavoured (openGauss, KingbaseES) or
 * Oracle-flavoured (Dameng) domestic databases. Sanshe's SQL keeps to a subset that runs on all of
 * them unchanged; only type names in the DDL differ, one folder per dialect ({@link
 * org.sanshe.jdbc.Dialect#schemaFolder()}).
 *
 * <ul>
 *   <li><b>Keys are assigned by the application</b>: no sequences, {@code SERIAL}, {@code IDENTITY}
 *       or auto-increment columns. Every primary key starts with the owning aggregate's id (the
 *       ledger, the district), which is also the distribution key on a sharded engine.
 *   <li><b>No upsert</b> ({@code ON CONFLICT}, {@code MERGE}): insert, and treat a conflict ({@link
 *       org.sanshe.jdbc.JdbcError#JDBC_CONFLICT}, SQLState class 23) as the answer.
 *   <li><b>No {@code RETURNING}</b>: the application knows the keys it assigned.
 *   <li><b>No {@code LIMIT}/{@code OFFSET}</b>: page by key, {@code WHERE key > ? ORDER BY key},
 *       bounded with {@link java.sql.Statement#setMaxRows(int)} and a fetch size.
 *   <li><b>No JSON, array, {@code BOOLEAN} or {@code BYTEA}/{@code BLOB} columns</b>: flags are
 *       {@code SMALLINT} 0 or 1, hashes are hexadecimal {@code VARCHAR} or {@code CHAR}.
 *   <li><b>Times are epoch milliseconds in {@code BIGINT}</b>: no {@code TIMESTAMP} columns, no
 *       time zones in the database, no database clock ({@code now()}): the application's injected
 *       clock decides.
 *   <li><b>Names are unquoted lower_snake, at most 30 characters</b> with the table prefix (at most
 *       10 characters, {@link org.sanshe.jdbc.SansheJdbc#table(String)} checks), so that they fold
 *       to the same identifier in upper- and lower-case catalogs.
 *   <li><b>The empty string and NULL are never relied on to differ</b> (Oracle-flavoured databases
 *       store {@code ''} as NULL): optional text is NULL, required text is never empty.
 *   <li>Plain types only: {@code SMALLINT}, {@code INTEGER}, {@code BIGINT}, {@code VARCHAR(n)},
 *       {@code CHAR(n)}, {@code NUMERIC(p, s)}; standard joins, {@code GROUP BY}, {@code FOR
 *       UPDATE}; no stored procedures, triggers or vendor functions.
 *   <li>Serialization failures and deadlocks (40001, 40P01) come back as {@link
 *       org.sanshe.jdbc.JdbcError#JDBC_RETRYABLE}: callers retry the whole transaction, as a
 *       distributed PostgreSQL-compatible engine requires.
 * </ul>
 *
 * <p>PostgreSQL is the dialect tested in this project, against a real server (embedded or
 * external). The others are supported by the same SQL and their own DDL folder, untested here.
 */
package org.sanshe.jdbc;
