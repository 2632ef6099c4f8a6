/**
 * In-memory implementations of the ports of the affairs, escalation, consultation and vote
 * packages: thread-safe, for tests, examples and small deployments.
 */
package org.sanshe.deliberation.memory;
