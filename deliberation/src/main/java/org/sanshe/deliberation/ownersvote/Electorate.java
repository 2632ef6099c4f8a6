package org.sanshe.deliberation.ownersvote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The voters eligible in a vote, each weighted by headcount (one each) and, for owners' assemblies,
 * by exclusive floor area. Eligibility is membership: a voter outside the electorate cannot cast a
 * ballot. Either every elector has an area or none has.
 *
 * <p>Kept compactly: an index from voter to an int position and a {@code long[]} of areas in square
 * centimetres, with the totals computed once. Immutable and thread-safe.
 */
public final class Electorate {

  private final VoterId[] voters;
  private final Map<VoterId, Integer> index;
  private final long[] area;
  private final boolean weighedByArea;
  private final long totalArea;

  private Electorate(VoterId[] voters, Map<VoterId, Integer> index, long[] area, boolean byArea) {
    this.voters = voters;
    this.index = index;
    this.area = area;
    this.weighedByArea = byArea;
    long total = 0;
    for (long a : area) {
      total = Math.addExact(total, a);
    }
    this.totalArea = total;
  }

  /**
   * Builds an electorate from a roster, reporting every bad row at once.
   *
   * @param electors the roster, not null, no null element
   * @return the electorate
   * @throws org.sanshe.core.error.InvalidInputException listing, per row {@code [i]}, {@code
   *     VOTE_WEIGHT_NOT_POSITIVE}, {@code VOTE_ELECTOR_DUPLICATE} or {@code VOTE_AREA_NOT_RECORDED}
   *     (some rows with an area, some without); or with {@code VOTE_ELECTORATE_EMPTY} as the only
   *     problem for an empty roster
   */
  public static Electorate of(List<Elector> electors) {
    Objects.requireNonNull(electors, "electors");
    Problems.Builder problems = Problems.builder();
    if (electors.isEmpty()) {
      problems.add(
          new Problem("", Problem.Severity.ERROR, AffairsError.VOTE_ELECTORATE_EMPTY, List.of()));
    }
    boolean byArea = !electors.isEmpty() && electors.get(0).area() != null;
    Builder builder = new Builder();
    for (int i = 0; i < electors.size(); i++) {
      Elector e = Objects.requireNonNull(electors.get(i), "elector");
      try {
        if ((e.area() != null) != byArea) {
          throw new AffairsException(AffairsError.VOTE_AREA_NOT_RECORDED, e.voter());
        }
        builder.add(e);
      } catch (AffairsException ex) {
        problems.add("[" + i + "]", ex);
      }
    }
    problems.build().throwIfErrors();
    return builder.build();
  }

  /**
   * Starts a builder that refuses each bad elector at once.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a voter is eligible.
   *
   * @param voter the voter, not null
   * @return true when a member
   */
  public boolean isEligible(VoterId voter) {
    return index.containsKey(Objects.requireNonNull(voter, "voter"));
  }

  /**
   * Returns a voter's position, for compact registers and boxes.
   *
   * @param voter the voter, not null
   * @return the index 0..size-1, or -1 when not a member
   */
  public int indexOf(VoterId voter) {
    Integer i = index.get(Objects.requireNonNull(voter, "voter"));
    return i == null ? -1 : i;
  }

  /**
   * Returns the area of the voter at a position, in square centimetres.
   *
   * @param position the index
   * @return the area, zero for a headcount-only electorate
   */
  public long areaAt(int position) {
    return area[position];
  }

  /**
   * Returns a voter's area.
   *
   * @param voter the voter, not null
   * @return the area, {@link FloorArea#ZERO} for a headcount-only electorate
   * @throws AffairsException with {@code VOTE_VOTER_INELIGIBLE} for a non-member
   */
  public FloorArea area(VoterId voter) {
    int i = indexOf(voter);
    if (i < 0) {
      throw new AffairsException(
          AffairsError.VOTE_VOTER_INELIGIBLE, Wording.of("the electorate", "选民名册"), voter);
    }
    return FloorArea.ofSquareCentimetres(area[i]);
  }

  /**
   * Returns the number of electors (the headcount).
   *
   * @return the size
   */
  public int size() {
    return voters.length;
  }

  /**
   * Returns the total floor area.
   *
   * @return the sum of all electors' areas, zero for a headcount-only electorate
   */
  public FloorArea totalArea() {
    return FloorArea.ofSquareCentimetres(totalArea);
  }

  /**
   * Tells whether electors carry floor areas.
   *
   * @return true for an owners' electorate weighed by area
   */
  public boolean weighedByArea() {
    return weighedByArea;
  }

  /**
   * Returns the voters in roster order.
   *
   * @return an unmodifiable list
   */
  public List<VoterId> voters() {
    return List.of(voters);
  }

  @Override
  public String toString() {
    return "Electorate["
        + voters.length
        + " electors"
        + (weighedByArea ? ", " + totalArea() + " m²" : "")
        + "]";
  }

  /** Builds an electorate, refusing each bad elector at once; not thread-safe. */
  public static final class Builder {
    private final List<VoterId> voters = new ArrayList<>();
    private final Map<VoterId, Integer> index = new HashMap<>();
    private long[] area = new long[16];
    private Boolean byArea;

    private Builder() {}

    /**
     * Adds an elector.
     *
     * @param elector the elector, not null
     * @return this builder
     * @throws AffairsException with {@code VOTE_WEIGHT_NOT_POSITIVE} for an area of zero, {@code
     *     VOTE_ELECTOR_DUPLICATE} for a voter added before, {@code VOTE_AREA_NOT_RECORDED} when
     *     mixing electors with and without area; the builder is then unchanged
     */
    public Builder add(Elector elector) {
      Objects.requireNonNull(elector, "elector");
      boolean hasArea = elector.area() != null;
      if (byArea != null && byArea != hasArea) {
        throw new AffairsException(AffairsError.VOTE_AREA_NOT_RECORDED, elector.voter());
      }
      if (hasArea && !elector.area().isPositive()) {
        throw new AffairsException(
            AffairsError.VOTE_WEIGHT_NOT_POSITIVE, elector.voter(), elector.area());
      }
      if (index.containsKey(elector.voter())) {
        throw new AffairsException(AffairsError.VOTE_ELECTOR_DUPLICATE, elector.voter());
      }
      byArea = hasArea;
      int i = voters.size();
      if (i == area.length) {
        area = Arrays.copyOf(area, i * 2);
      }
      area[i] = hasArea ? elector.area().squareCentimetres() : 0;
      voters.add(elector.voter());
      index.put(elector.voter(), i);
      return this;
    }

    /**
     * Builds the electorate.
     *
     * @return the electorate
     * @throws AffairsException with {@code VOTE_ELECTORATE_EMPTY} when nothing was added, or {@code
     *     VOTE_AREA_INVALID} when the total area overflows
     */
    public Electorate build() {
      if (voters.isEmpty()) {
        throw new AffairsException(AffairsError.VOTE_ELECTORATE_EMPTY);
      }
      try {
        return new Electorate(
            voters.toArray(new VoterId[0]),
            Map.copyOf(index),
            Arrays.copyOf(area, voters.size()),
            Boolean.TRUE.equals(byArea));
      } catch (ArithmeticException e) {
        throw new AffairsException(
            AffairsError.VOTE_AREA_INVALID,
            Wording.of("The total floor area", "总建筑面积"),
            Wording.of("it is too large", "数值过大"));
      }
    }
  }
}
