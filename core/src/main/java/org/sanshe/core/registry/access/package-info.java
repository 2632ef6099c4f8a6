/**
 * The community work access list (社区工作准入清单) and burden reduction: {@link
 * org.sanshe.core.registry.access.AccessList} entries (task, department, legal basis, the money
 * that follows the task), the {@link org.sanshe.core.registry.access.AccessGate} that accepts
 * listed tasks and refuses unlisted ones unless the named approving body approved them, the {@link
 * org.sanshe.core.registry.access.AccessLists} port that keeps the list in force per issuing
 * district or city (versioned), the {@link org.sanshe.core.registry.access.AccessDecisions} port
 * that records every decision with who recorded it and keeps the burden report's day counters, the
 * {@link org.sanshe.core.registry.access.BurdenReport} per community (received, refused, approved,
 * with rebounds flagged) and {@link org.sanshe.core.registry.access.AssessmentIndicatorRules},
 * which refuses an indicator tree using a banned indicator kind.
 */
package org.sanshe.core.registry.access;
