/**
 * Thread-safe in-memory implementations of the registry's ports: {@link
 * org.sanshe.core.registry.memory.InMemoryOrganizations}, {@link
 * org.sanshe.core.registry.memory.InMemorySocialWorkers} and {@link
 * org.sanshe.core.registry.memory.InMemoryProjects}.
 */
package org.sanshe.core.registry.memory;
