/**
 * Counting methods: plurality, approval, Borda with configurable points, score, instant-runoff
 * round by round, Schulze with its pairwise matrix and strongest paths, the Condorcet check, and
 * explicit, recorded tie-breaking ({@link org.sanshe.deliberation.voting.TieBreaking}).
 */
package org.sanshe.deliberation.voting;
