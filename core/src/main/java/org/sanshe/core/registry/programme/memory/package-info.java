/**
 * Thread-safe in-memory stores of programmes, applications and budgets, keeping snapshots and
 * checking versions as a database store does, with an optional outbox.
 */
package org.sanshe.core.registry.programme.memory;
