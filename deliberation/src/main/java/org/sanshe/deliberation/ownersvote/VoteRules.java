package org.sanshe.deliberation.ownersvote;

import java.util.Objects;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.ownersvote.ShareRule.Base;
import org.sanshe.deliberation.ownersvote.ShareRule.Counted;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Basis;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Comparison;

/**
 * Named preset rules. "Votes cast" means every ballot, abstentions included. Stateless; the
 * returned rules are immutable and thread-safe.
 */
public final class VoteRules {

  private VoteRules() {}

  /**
   * Majority of votes cast: support more than half of the ballots cast, by headcount.
   *
   * @return the rule
   */
  public static VoteRule majorityOfVotesCast() {
    return new ShareRule(
        "majority of votes cast",
        Counted.SUPPORT,
        Base.PARTICIPANTS,
        Basis.HEADCOUNT,
        Comparison.MORE_THAN,
        Fraction.ONE_HALF);
  }

  /**
   * Absolute majority of the electorate: support more than half of all electors, by headcount.
   *
   * @return the rule
   */
  public static VoteRule absoluteMajorityOfElectorate() {
    return new ShareRule(
        "absolute majority of the electorate",
        Counted.SUPPORT,
        Base.ELECTORATE,
        Basis.HEADCOUNT,
        Comparison.MORE_THAN,
        Fraction.ONE_HALF);
  }

  /**
   * Two thirds of votes cast: support at least 2/3 of the ballots cast, by headcount.
   *
   * @return the rule
   */
  public static VoteRule twoThirdsOfVotesCast() {
    return new ShareRule(
        "two thirds of votes cast",
        Counted.SUPPORT,
        Base.PARTICIPANTS,
        Basis.HEADCOUNT,
        Comparison.AT_LEAST,
        Fraction.TWO_THIRDS);
  }

  /**
   * Three quarters of votes cast: support at least 3/4 of the ballots cast, by headcount.
   *
   * @return the rule
   */
  public static VoteRule threeQuartersOfVotesCast() {
    return new ShareRule(
        "three quarters of votes cast",
        Counted.SUPPORT,
        Base.PARTICIPANTS,
        Basis.HEADCOUNT,
        Comparison.AT_LEAST,
        Fraction.THREE_QUARTERS);
  }

  /**
   * A quorum: participation at least a share of the electorate, by headcount.
   *
   * @param share the share, 0..1, not null
   * @return the rule
   */
  public static VoteRule quorumByHeadcount(Fraction share) {
    return new ShareRule(
        "quorum " + share + " by headcount",
        Counted.PARTICIPATION,
        Base.ELECTORATE,
        Basis.HEADCOUNT,
        Comparison.AT_LEAST,
        Objects.requireNonNull(share, "share"));
  }

  /**
   * Civil Code Art. 278 quorum: owners holding at least 2/3 of the exclusive floor area and at
   * least 2/3 of the owners by headcount take part.
   *
   * @return the rule
   */
  public static VoteRule civilCode278Quorum() {
    return AllOf.of(
        "Civil Code Art. 278 participation",
        new ShareRule(
            "participation by area",
            Counted.PARTICIPATION,
            Base.ELECTORATE,
            Basis.AREA,
            Comparison.AT_LEAST,
            Fraction.TWO_THIRDS),
        new ShareRule(
            "participation by headcount",
            Counted.PARTICIPATION,
            Base.ELECTORATE,
            Basis.HEADCOUNT,
            Comparison.AT_LEAST,
            Fraction.TWO_THIRDS));
  }

  /**
   * Civil Code Art. 278 for one matter: the quorum, then for items (6) to (8) support of at least
   * 3/4 of the participating area and at least 3/4 of the participating owners, and for the other
   * items support of more than half of each.
   *
   * @param matter the matter decided, not null
   * @return the rule
   */
  public static VoteRule civilCode278(OwnersMatter matter) {
    Objects.requireNonNull(matter, "matter");
    boolean special = matter.needsSpecialMajority();
    Comparison comparison = special ? Comparison.AT_LEAST : Comparison.MORE_THAN;
    Fraction bound = special ? Fraction.THREE_QUARTERS : Fraction.ONE_HALF;
    return AllOf.of(
        "Civil Code Art. 278, item (" + matter.item() + ")",
        civilCode278Quorum(),
        new ShareRule(
            "support by participating area",
            Counted.SUPPORT,
            Base.PARTICIPANTS,
            Basis.AREA,
            comparison,
            bound),
        new ShareRule(
            "support by participating owners",
            Counted.SUPPORT,
            Base.PARTICIPANTS,
            Basis.HEADCOUNT,
            comparison,
            bound));
  }
}
