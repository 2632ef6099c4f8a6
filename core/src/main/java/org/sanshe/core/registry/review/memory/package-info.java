/**
 * In-memory store of the expert rosters: {@link
 * org.sanshe.core.registry.review.memory.InMemoryExpertRosters} (snapshots, versions checked,
 * optional outbox).
 */
package org.sanshe.core.registry.review.memory;
