package org.sanshe.deliberation.ballot;

import java.util.ArrayList;
import java.util.Arrays;
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
    // open addressing: slot -> 1 + position of the ballot, 0 free; no node or boxed int per ballot
    private int[] slots;
    private int shift; // 32 - log2(slots.length): home(h) keeps the hash's top bits
    private int[] hashes;
    private Object[] ballots;
    private long[] counts;
    private int size;
    private long voters;

    private Builder(int expectedDistinct) {
      int expected = Math.min(expectedDistinct, 1 << 24);
      ballots = new Object[Math.max(expected, 8)];
      counts = new long[ballots.length];
      hashes = new int[ballots.length];
      slots = new int[tableSize(ballots.length)];
      shift = 32 - Integer.numberOfTrailingZeros(slots.length);
    }

    /** A power of two at least twice the capacity, so that the table stays half empty at most. */
    private static int tableSize(int capacity) {
      return Integer.highestOneBit(2 * capacity - 1) << 1;
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
      int h = ballot.hashCode();
      int mask = slots.length - 1;
      int slot = home(h);
      for (int at = slots[slot]; at != 0; at = slots[slot]) {
        if (hashes[at - 1] == h && ballots[at - 1].equals(ballot)) {
          counts[at - 1] += count; // cannot overflow: bounded by total, checked above
          voters = total;
          return this;
        }
        slot = (slot + 1) & mask;
      }
      if (size == ballots.length) {
        grow();
        mask = slots.length - 1;
        slot = home(h);
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
      }
      ballots[size] = ballot;
      hashes[size] = h;
      counts[size] = count;
      slots[slot] = ++size;
      voters = total;
      return this;
    }

    /** Fibonacci hashing: the top bits of the hash times the golden ratio pick the slot. */
    private int home(int h) {
      return (h * 0x9E3779B9) >>> shift;
    }

    private void grow() {
      int capacity = Math.multiplyExact(ballots.length, 2);
      ballots = Arrays.copyOf(ballots, capacity);
      counts = Arrays.copyOf(counts, capacity);
      hashes = Arrays.copyOf(hashes, capacity);
      slots = new int[tableSize(capacity)];
      shift = 32 - Integer.numberOfTrailingZeros(slots.length);
      int mask = slots.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = home(hashes[i]);
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
      }
    }

    /**
     * Builds the immutable box.
     *
     * @return the box
     */
    public BallotBox<B> build() {
      List<Counted<B>> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        @SuppressWarnings("unchecked")
        B ballot = (B) ballots[i];
        list.add(new Counted<>(ballot, counts[i]));
      }
      return new BallotBox<>(Collections.unmodifiableList(list), voters);
    }
  }
}
