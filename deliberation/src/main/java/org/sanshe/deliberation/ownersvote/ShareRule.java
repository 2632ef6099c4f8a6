package org.sanshe.deliberation.ownersvote;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Basis;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Comparison;

/**
 * The building block of quorum and threshold rules: a share of a count over a base compared with a
 * bound. The count is participation (ballots cast) or support (ballots for the option); the base is
 * the whole electorate or the participants; the basis is headcount or floor area. Immutable.
 *
 * @param name the rule's name
 * @param counted participation or support
 * @param base electorate or participants
 * @param basis headcount or area
 * @param comparison at least or more than
 * @param bound the threshold, 0..1
 */
public record ShareRule(
    String name, Counted counted, Base base, Basis basis, Comparison comparison, Fraction bound)
    implements VoteRule {

  /** What is counted. */
  public enum Counted {
    /** Everyone who cast a ballot, abstentions included (参与表决). */
    PARTICIPATION,
    /** Those who chose the option (同意). */
    SUPPORT
  }

  /** Over what. */
  public enum Base {
    /** The whole electorate. */
    ELECTORATE,
    /** Those who cast a ballot (votes cast). */
    PARTICIPANTS
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws AffairsException with {@code VOTE_THRESHOLD_INVALID} for a bound outside 0..1, or
   *     {@code AFFAIRS_TEXT_BLANK} for a blank name
   */
  public ShareRule {
    name = Checks.text(name, "name");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(bound, "bound");
    if (bound.signum() < 0 || bound.isGreaterThan(Fraction.ONE)) {
      throw new AffairsException(AffairsError.VOTE_THRESHOLD_INVALID, name, bound);
    }
  }

  @Override
  public List<ThresholdCheck> check(VoteTally tally, Option option) {
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(option, "option");
    boolean area = basis == Basis.AREA;
    if (area && !tally.weighedByArea()) {
      throw new AffairsException(AffairsError.VOTE_AREA_NOT_RECORDED, name);
    }
    long support = area ? tally.area(option) : tally.heads(option);
    long numerator =
        counted == Counted.SUPPORT
            ? support
            : area ? tally.participatingArea() : tally.participatingHeads();
    long denominator =
        base == Base.ELECTORATE
            ? area ? tally.electorateArea() : tally.electorateHeads()
            : area ? tally.participatingArea() : tally.participatingHeads();
    return List.of(ThresholdCheck.of(name, basis, numerator, denominator, comparison, bound));
  }
}
