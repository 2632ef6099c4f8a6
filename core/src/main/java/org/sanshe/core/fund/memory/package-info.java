/**
 * Thread-safe in-memory {@link org.sanshe.core.fund.Funds}: {@link
 * org.sanshe.core.fund.memory.InMemoryFunds}, indexed for statements.
 */
package org.sanshe.core.fund.memory;
