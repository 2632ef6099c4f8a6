/**
 * Counting methods: plurality, approval, Borda with configurable points, score, STAR (score then
 * automatic runoff, with the official STAR ties protocol), instant-runoff round by round, Schulze
 * with its pairwise matrix and strongest paths, the Condorcet check, and explicit, recorded
 * tie-breaking ({@link org.sanshe.deliberation.counting.TieBreaking}).
 */
package org.sanshe.deliberation.counting;
