/**
 * The event outbox in a database: {@link org.sanshe.jdbc.outbox.JdbcOutbox}, written by the JDBC
 * stores in their own transactions and read by a relay, over the portable SQL subset of {@code
 * sanshe-jdbc}.
 */
package org.sanshe.jdbc.outbox;
