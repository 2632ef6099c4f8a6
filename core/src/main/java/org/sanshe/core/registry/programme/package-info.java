/**
 * Public money for projects (issue 18): funding programmes (资助计划: venture philanthropy 公益创投,
 * quality communities, service-to-residents funds, function transfer 费随事转) with their {@link
 * org.sanshe.core.registry.programme.Eligibility}, calls covering needs of the district's {@link
 * org.sanshe.core.registry.programme.GuidanceList} (项目指导目录), organizations' {@link
 * org.sanshe.core.registry.programme.Application}s (with a {@link
 * org.sanshe.core.registry.programme.ProjectOrigin} for winners of a contest or vote), the
 * function-transfer catalogue, and the {@link org.sanshe.core.registry.programme.ProgrammeBudget}:
 * planned, committed, paid and returned per project and source, never overspent. Aggregates
 * (programmes, applications, budgets, the guidance list of a district's year) come with snapshots,
 * versions, pending events and ports; in-memory stores are in {@code ..memory}.
 */
package org.sanshe.core.registry.programme;
