/**
 * The community work access list (社区工作准入清单) and burden reduction: {@link
 * org.sanshe.core.registry.access.AccessList} entries (task, department, legal basis, the money
 * that follows the task), the {@link org.sanshe.core.registry.access.AccessGate} that accepts
 * listed tasks and refuses unlisted ones unless the named approving body approved them, the {@link
 * org.sanshe.core.registry.access.AccessDecisions} port that records every decision, the {@link
 * org.sanshe.core.registry.access.BurdenReport} per community (received, refused, approved, with
 * rebounds flagged) and {@link org.sanshe.core.registry.access.AssessmentIndicatorRules}, which
 * refuses an indicator tree using a banned indicator kind.
 */
package org.sanshe.core.registry.access;
