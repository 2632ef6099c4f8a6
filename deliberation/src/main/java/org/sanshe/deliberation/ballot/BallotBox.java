package org.sanshe.deliberation.ballot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ballots of one vote, identical ballots aggregated with their count, so memory grows with the
 * number of distinct ballots, not of voters. Immutable and thread-safe; build one with {@link
 * #builder()} or {@link #of(List)}. Counting methods give the same result whatever the order in
 * which ballots were added.
 *
 * @param <B> the ballot type
 */
public final class BallotBox<B extends Ballot> {

  /**
   * One distinct ballot and how many voters cast it.
   *
   * @param ballot the ballot, not null
   * @param count how many voters cast it, at least 1
   * @param <B> the ballot type
   */
  public record Counted<B extends Ballot>(B ballot, long count) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if ballot is null
     * @throws VotingException {@code BALLOT_COUNT_INVALID} for a count below 1
     */
    public Counted {
      Objects.requireNonNull(ballot, "ballot");
      if (count < 1) {
        throw new VotingException(VotingError.BALLOT_COUNT_INVALID, ballot, count);
      }
    }
  }

  private final List<Counted<B>> distinct;
  private final long voters;

  private BallotBox(List<Counted<B>> distinct, long voters) {
    this.distinct = distinct;
    this.voters = voters;
  }

  /**
   * Starts an empty box.
   *
   * @param <B> the ballot type
   * @return a new builder, not thread-safe
   */
  public static <B extends Ballot> Builder<B> builder() {
    return new Builder<>(0);
  }

  /**
   * Starts an empty box sized for about this many distinct ballots, so that a large box is not
   * rehashed as it grows (a city's 65,000 mostly distinct approval ballots).
   *
   * @param expectedDistinct the expected number of distinct ballots; only a hint, so a negative one
   *     counts as 0 and one above 2^24 as 2^24
   * @param <B> the ballot type
   * @return a new builder, not thread-safe
   */
  public static <B extends Ballot> Builder<B> builder(int expectedDistinct) {
    return new Builder<>(Math.max(0, expectedDistinct));
  }

  /**
   * Returns the box holding these ballots, one voter each.
   *
   * @param ballots the ballots, not null
   * @param <B> the ballot type
   * @return the box
   */
  public static <B extends Ballot> BallotBox<B> of(List<B> ballots) {
    Builder<B> builder = builder();
    ballots.forEach(builder::add);
    return builder.build();
  }

  /**
   * Returns the distinct ballots with their counts, in the order first added.
   *
   * @return an unmodifiable list
   */
  public List<Counted<B>> distinct() {
    return distinct;
  }

  /**
   * Returns the number of voters (ballots, counted with multiplicity).
   *
   * @return the number of voters
   */
  public long voters() {
    return voters;
  }

  /**
   * Tells whether no ballot was cast.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return voters == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BallotBox<?> other
        && voters == other.voters
        && asMap().equals(other.asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  private Map<B, Long> asMap() {
    Map<B, Long> map = new HashMap<>();
    distinct.forEach(c -> map.put(c.ballot(), c.count()));
    return map;
  }

  @Override
  public String toString() {
    return "BallotBox[" + voters + " voters, " + distinct.size() + " distinct ballots]";
  }

  /**
   * Collects ballots, aggregating identical ones. Not thread-safe.
   *
   * @param <B> the ballot type
   */
  public static final class Builder<B extends Ballot> {
    private final Map<B, Integer> index;
    private final List<B> ballots;
    private final List<long[]> counts;
    private long voters;

    private Builder(int expectedDistinct) {
      int expected = Math.min(expectedDistinct, 1 << 24);
      index = new HashMap<>(expected + expected / 3 + 1);
      ballots = new ArrayList<>(expected);
      counts = new ArrayList<>(expected);
    }

    /**
     * Adds one voter's ballot.
     *
     * @param ballot the ballot, not null
     * @return this builder
     */
    public Builder<B> add(B ballot) {
      return add(ballot, 1);
    }

    /**
     * Adds a ballot cast by several voters.
     *
     * @param ballot the ballot, not null
     * @param count how many voters cast it, at least 1
     * @return this builder
     * @throws VotingException {@code BALLOT_COUNT_INVALID} for a count below 1, or when the number
     *     of voters would pass {@link Long#MAX_VALUE} (nothing is added then)
     */
    public Builder<B> add(B ballot, long count) {
      Objects.requireNonNull(ballot, "ballot");
      if (count < 1 || count > Long.MAX_VALUE - voters) {
        throw new VotingException(VotingError.BALLOT_COUNT_INVALID, ballot, count);
      }
      long total = voters + count;
      Integer at = index.putIfAbsent(ballot, ballots.size());
      if (at == null) {
        ballots.add(ballot);
        counts.add(new long[] {count});
      } else {
        long[] c = counts.get(at);
        c[0] = Math.addExact(c[0], count);
      }
      voters = total;
      return this;
    }

    /**
     * Builds the immutable box.
     *
     * @return the box
     */
    public BallotBox<B> build() {
      List<Counted<B>> list = new ArrayList<>(ballots.size());
      for (int i = 0; i < ballots.size(); i++) {
        list.add(new Counted<>(ballots.get(i), counts.get(i)[0]));
      }
      return new BallotBox<>(Collections.unmodifiableList(list), voters);
    }
  }
}
