/**
 * Participatory budgeting: greedy by support (with an optional minimum support), the Method of
 * Equal Shares (cost or cardinal utilities, add1 and utilitarian completions) in exact arithmetic,
 * and exact knapsack for small instances; outcomes that explain themselves.
 */
package org.sanshe.deliberation.budgeting;
