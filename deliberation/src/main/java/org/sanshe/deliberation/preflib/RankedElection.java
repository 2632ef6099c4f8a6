package org.sanshe.deliberation.preflib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.counting.Candidates;

/**
 * An election read from a ranked-ballot or rated-ballot file (ABIF, PrefLib): the candidates with
 * their full names, the file's metadata and its votes. Each {@link Vote} pairs a ranking with the
 * ratings the same voters gave (empty when they gave none), so one file can be counted by ranked
 * methods ({@link #ballots()}) and by score or STAR voting ({@link #ratings()}). Identical votes
 * are aggregated, in the order first met. Two elections are equal when their candidates (in order),
 * names, votes (in order) and metadata (in order) are. Immutable and thread-safe; no component is
 * null.
 */
public final class RankedElection {

  /**
   * The votes of several voters who gave the same ranking and the same ratings.
   *
   * @param ranking the ranking, empty for a blank ballot
   * @param ratings the ratings, empty when the voters rated nobody; every rated candidate is ranked
   * @param count how many voters, at least 1
   */
  public record Vote(RankedBallot ranking, ScoreBallot ratings, long count) {

    /**
     * Checks the vote.
     *
     * @throws NullPointerException if ranking or ratings is null
     * @throws VotingException {@code BALLOT_COUNT_INVALID} for a count below 1, {@code
     *     BALLOT_UNKNOWN_CANDIDATE} when a rated candidate is not ranked
     */
    public Vote {
      Objects.requireNonNull(ranking, "ranking");
      Objects.requireNonNull(ratings, "ratings");
      if (count < 1) {
        throw new VotingException(VotingError.BALLOT_COUNT_INVALID, ranking, count);
      }
      for (CandidateId id : ratings.named()) {
        if (!ranking.named().contains(id)) {
          throw new VotingException(VotingError.BALLOT_UNKNOWN_CANDIDATE, ranking, id);
        }
      }
    }

    /**
     * Tells whether these voters rated at least one candidate.
     *
     * @return true when rated
     */
    public boolean rated() {
      return !ratings.scores().isEmpty();
    }
  }

  private final Candidates candidates;
  private final Map<CandidateId, String> names;
  private final List<Vote> votes;
  private final Map<String, String> metadata;
  private final BallotBox<RankedBallot> ballots;
  private final BallotBox<ScoreBallot> ratings;

  private RankedElection(
      Candidates candidates,
      Map<CandidateId, String> names,
      List<Vote> votes,
      Map<String, String> metadata) {
    this.candidates = candidates;
    this.names = names;
    this.votes = votes;
    this.metadata = metadata;
    BallotBox.Builder<RankedBallot> ranked = BallotBox.builder();
    BallotBox.Builder<ScoreBallot> rated = BallotBox.builder();
    for (Vote v : votes) {
      ranked.add(v.ranking(), v.count());
      if (v.rated()) {
        rated.add(v.ratings(), v.count());
      }
    }
    this.ballots = ranked.build();
    this.ratings = rated.build();
  }

  /**
   * Returns an election; identical votes are merged, keeping the order first met.
   *
   * @param candidates the candidates, not null
   * @param names the full name of each candidate, not null; a missing name is the id itself
   * @param votes the votes, not null; may be empty
   * @param metadata the file's header entries, in order, not null
   * @return the election
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE} when a vote names someone who is not a
   *     candidate, {@code VOTING_COUNT_OVERFLOW} when the voters pass {@link Long#MAX_VALUE}
   */
  public static RankedElection of(
      Candidates candidates,
      Map<CandidateId, String> names,
      List<Vote> votes,
      Map<String, String> metadata) {
    Objects.requireNonNull(candidates, "candidates");
    Map<CandidateId, String> allNames = new LinkedHashMap<>();
    for (CandidateId id : candidates.list()) {
      String name = names.get(id);
      allNames.put(id, name == null ? id.value() : name);
    }
    for (CandidateId id : names.keySet()) {
      if (candidates.indexOf(id) < 0) {
        throw new VotingException(VotingError.BALLOT_UNKNOWN_CANDIDATE, "names", id);
      }
    }
    Map<List<Object>, long[]> merged = new LinkedHashMap<>();
    Map<List<Object>, Vote> first = new LinkedHashMap<>();
    long voters = 0;
    for (Vote v : votes) {
      for (CandidateId id : v.ranking().named()) {
        if (candidates.indexOf(id) < 0) {
          throw new VotingException(VotingError.BALLOT_UNKNOWN_CANDIDATE, v.ranking(), id);
        }
      }
      if (v.count() > Long.MAX_VALUE - voters) {
        throw new VotingException(VotingError.VOTING_COUNT_OVERFLOW);
      }
      voters += v.count();
      List<Object> key = List.of(v.ranking(), v.ratings());
      first.putIfAbsent(key, v);
      merged.computeIfAbsent(key, k -> new long[1])[0] += v.count();
    }
    List<Vote> list = new ArrayList<>(merged.size());
    for (Map.Entry<List<Object>, long[]> e : merged.entrySet()) {
      Vote v = first.get(e.getKey());
      list.add(new Vote(v.ranking(), v.ratings(), e.getValue()[0]));
    }
    return new RankedElection(
        candidates,
        Collections.unmodifiableMap(allNames),
        List.copyOf(list),
        Collections.unmodifiableMap(new LinkedHashMap<>(metadata)));
  }

  /**
   * Returns an election of rankings only.
   *
   * @param candidates the candidates, not null
   * @param names the full name of each candidate, not null
   * @param ballots the ballots, not null
   * @param metadata the header entries, not null
   * @return the election
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE} when a ballot names someone who is not
   *     a candidate
   */
  public static RankedElection ranked(
      Candidates candidates,
      Map<CandidateId, String> names,
      BallotBox<RankedBallot> ballots,
      Map<String, String> metadata) {
    List<Vote> votes = new ArrayList<>();
    ScoreBallot none = ScoreBallot.of(Map.of());
    for (BallotBox.Counted<RankedBallot> c : ballots.distinct()) {
      votes.add(new Vote(c.ballot(), none, c.count()));
    }
    return of(candidates, names, votes, metadata);
  }

  /**
   * Returns this election with every rating dropped (rankings, names and metadata kept), for
   * formats that carry rankings only.
   *
   * @return the election
   */
  public RankedElection withoutRatings() {
    return ranked(candidates, names, ballots, metadata);
  }

  /**
   * Returns the candidates, in file order.
   *
   * @return the candidates
   */
  public Candidates candidates() {
    return candidates;
  }

  /**
   * Returns the full name of every candidate, in candidate order.
   *
   * @return an unmodifiable map
   */
  public Map<CandidateId, String> names() {
    return names;
  }

  /**
   * Returns the votes, identical ones merged, in the order first met.
   *
   * @return an unmodifiable list
   */
  public List<Vote> votes() {
    return votes;
  }

  /**
   * Returns the rankings of all voters, for ranked methods; blank ballots are empty rankings.
   *
   * @return the ballots
   */
  public BallotBox<RankedBallot> ballots() {
    return ballots;
  }

  /**
   * Returns the ratings of the voters who rated at least one candidate, for score and STAR voting;
   * an unrated candidate counts as rated 0.
   *
   * @return the ballots, empty when nobody rated
   */
  public BallotBox<ScoreBallot> ratings() {
    return ratings;
  }

  /**
   * Returns how many voters rated nobody (ranked-only and blank ballots): they are in {@link
   * #ballots()} but not in {@link #ratings()}.
   *
   * @return the count
   */
  public long unratedVoters() {
    return ballots.voters() - ratings.voters();
  }

  /**
   * Returns the file's header entries, in file order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> metadata() {
    return metadata;
  }

  /**
   * Returns the candidate with a full name.
   *
   * @param name the full name
   * @return the candidate
   * @throws VotingException {@code PREFLIB_NAME_UNKNOWN} when no candidate has that name
   */
  public CandidateId byName(String name) {
    Objects.requireNonNull(name, "name");
    for (Map.Entry<CandidateId, String> e : names.entrySet()) {
      if (e.getValue().equals(name)) {
        return e.getKey();
      }
    }
    throw new VotingException(VotingError.PREFLIB_NAME_UNKNOWN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankedElection e
        && candidates.equals(e.candidates)
        && names.equals(e.names)
        && votes.equals(e.votes)
        && metadata.equals(e.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, names, votes, metadata);
  }

  @Override
  public String toString() {
    return "RankedElection["
        + candidates.size()
        + " candidates, "
        + ballots.voters()
        + " voters, "
        + votes.size()
        + " distinct votes]";
  }
}
