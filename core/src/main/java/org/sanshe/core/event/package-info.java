/**
 * Events that are never lost or invented: the transactional outbox.
 *
 * <p>A store writes the events a command raised ({@link org.sanshe.core.event.OutboxEvent}) in the
 * same critical section or database transaction as the aggregate they belong to, so an event exists
 * exactly when its change was stored. A relay reads them in order through {@link
 * org.sanshe.core.event.Outbox} and acknowledges what it has handled; delivery is at least once,
 * and every entry carries a stable {@link org.sanshe.core.event.OutboxEntry#eventId() event id} for
 * de-duplication. {@link org.sanshe.core.event.InMemoryOutbox} keeps the contract in memory; {@code
 * org.sanshe.jdbc.outbox.JdbcOutbox} keeps it in a database.
 */
package org.sanshe.core.event;
