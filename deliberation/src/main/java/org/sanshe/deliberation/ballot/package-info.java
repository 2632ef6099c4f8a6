/**
 * Ballots and their rules: candidate and project ids, the ballot kinds (approval, ranked with ties
 * and truncation, score, cumulative points, choose-one, yes/no/abstain), {@link
 * org.sanshe.deliberation.ballot.BallotConstraints}, the aggregating {@link
 * org.sanshe.deliberation.ballot.BallotBox}, and the error codes of voting ({@link
 * org.sanshe.deliberation.ballot.VotingError}).
 */
package org.sanshe.deliberation.ballot;
