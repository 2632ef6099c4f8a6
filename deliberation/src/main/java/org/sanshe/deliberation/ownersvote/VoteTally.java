package org.sanshe.deliberation.ownersvote;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The count of a closed vote: the electorate's headcount and area, how many took part (by headcount
 * and by area) and, per option, the headcount and area of the ballots for it. Areas are in square
 * centimetres. Abstentions take part but support no other option. Immutable.
 */
public final class VoteTally {

  private final List<Option> options;
  private final long electorateHeads;
  private final long electorateArea;
  private final boolean weighedByArea;
  private final long[] heads;
  private final long[] area;
  private final long participatingHeads;
  private final long participatingArea;

  private VoteTally(
      List<Option> options,
      long electorateHeads,
      long electorateArea,
      boolean weighedByArea,
      long[] heads,
      long[] area) {
    this.options = options;
    this.electorateHeads = electorateHeads;
    this.electorateArea = electorateArea;
    this.weighedByArea = weighedByArea;
    this.heads = heads;
    this.area = area;
    long h = 0;
    long a = 0;
    for (int i = 0; i < heads.length; i++) {
      h = Math.addExact(h, heads[i]);
      a = Math.addExact(a, area[i]);
    }
    this.participatingHeads = h;
    this.participatingArea = a;
  }

  /**
   * Returns a tally from counts.
   *
   * @param options the options, not null, distinct
   * @param electorate the electorate, not null
   * @param heads ballots per option, in option order, not negative
   * @param area area per option in cm², in option order, not negative
   * @return the tally
   * @throws AffairsException with {@code VOTE_OPTIONS_INVALID} if the arrays do not match the
   *     options or hold negative counts or more ballots than electors
   */
  public static VoteTally of(
      List<Option> options, Electorate electorate, long[] heads, long[] area) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(electorate, "electorate");
    List<Option> copy = List.copyOf(options);
    long[] h = heads.clone();
    long[] a = area.clone();
    if (h.length != copy.size() || a.length != copy.size()) {
      throw new AffairsException(AffairsError.VOTE_OPTIONS_INVALID, copy);
    }
    for (int i = 0; i < h.length; i++) {
      if (h[i] < 0 || a[i] < 0) {
        throw new AffairsException(AffairsError.VOTE_OPTIONS_INVALID, copy);
      }
    }
    VoteTally tally =
        new VoteTally(
            copy,
            electorate.size(),
            electorate.totalArea().squareCentimetres(),
            electorate.weighedByArea(),
            h,
            a);
    if (tally.participatingHeads > tally.electorateHeads
        || tally.participatingArea > tally.electorateArea) {
      throw new AffairsException(AffairsError.VOTE_OPTIONS_INVALID, copy);
    }
    return tally;
  }

  private int position(Option option) {
    int i = options.indexOf(Objects.requireNonNull(option, "option"));
    if (i < 0) {
      throw new AffairsException(
          AffairsError.VOTE_OPTION_UNKNOWN, Wording.of("the tally", "计票"), option);
    }
    return i;
  }

  /**
   * Returns the options in ballot order.
   *
   * @return an unmodifiable list
   */
  public List<Option> options() {
    return options;
  }

  /**
   * Returns the ballots for an option.
   *
   * @param option an option on the ballot, not null
   * @return the headcount
   * @throws AffairsException with {@code VOTE_OPTION_UNKNOWN}
   */
  public long heads(Option option) {
    return heads[position(option)];
  }

  /**
   * Returns the area of the ballots for an option.
   *
   * @param option an option on the ballot, not null
   * @return the area in cm²
   * @throws AffairsException with {@code VOTE_OPTION_UNKNOWN}
   */
  public long area(Option option) {
    return area[position(option)];
  }

  /**
   * Returns the electorate's headcount.
   *
   * @return the headcount
   */
  public long electorateHeads() {
    return electorateHeads;
  }

  /**
   * Returns the electorate's area.
   *
   * @return cm²
   */
  public long electorateArea() {
    return electorateArea;
  }

  /**
   * Tells whether areas were recorded.
   *
   * @return true for an owners' vote weighed by area
   */
  public boolean weighedByArea() {
    return weighedByArea;
  }

  /**
   * Returns how many cast a ballot.
   *
   * @return the headcount taking part
   */
  public long participatingHeads() {
    return participatingHeads;
  }

  /**
   * Returns the area of those who cast a ballot.
   *
   * @return cm²
   */
  public long participatingArea() {
    return participatingArea;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VoteTally other
        && options.equals(other.options)
        && electorateHeads == other.electorateHeads
        && electorateArea == other.electorateArea
        && weighedByArea == other.weighedByArea
        && Arrays.equals(heads, other.heads)
        && Arrays.equals(area, other.area);
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, electorateHeads, electorateArea)
        ^ Arrays.hashCode(heads)
        ^ Arrays.hashCode(area);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("VoteTally[");
    s.append(participatingHeads).append('/').append(electorateHeads).append(" voted");
    for (int i = 0; i < heads.length; i++) {
      s.append(", ").append(options.get(i)).append(' ').append(heads[i]);
      if (weighedByArea) {
        s.append(" (").append(FloorArea.ofSquareCentimetres(area[i])).append(" m²)");
      }
    }
    return s.append(']').toString();
  }
}
