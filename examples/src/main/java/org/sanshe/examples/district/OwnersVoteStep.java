package org.sanshe.examples.district;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.OwnersMatter;
import org.sanshe.deliberation.ownersvote.ThresholdCheck;
import org.sanshe.deliberation.ownersvote.VoteDecision;
import org.sanshe.deliberation.ownersvote.VoteOpened;
import org.sanshe.deliberation.ownersvote.VoteRules;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/**
 * The twelve owners of building 3 in 雨花社区 vote on using the maintenance fund for the lift (Civil
 * Code Art. 278, item 5: a majority of the participants by area and by head); the same ballots
 * would not change the use of common parts (item 8: three quarters).
 */
public final class OwnersVoteStep implements Step {

  private static final String[] AREAS = {
    "89.50", "89.50", "112.30", "112.30", "76.80", "76.80", "89.50", "89.50", "112.30", "112.30",
    "76.80", "76.80"
  };

  /** Creates the step. */
  public OwnersVoteStep() {}

  private static String share(ThresholdCheck check) {
    if (check.basis() == ThresholdCheck.Basis.HEADCOUNT) {
      return check.numerator() + "/" + check.denominator();
    }
    return FloorArea.ofSquareCentimetres(check.numerator())
        + "/"
        + FloorArea.ofSquareCentimetres(check.denominator())
        + " m²";
  }

  @Override
  public String key() {
    return "owners-vote";
  }

  @Override
  public String title() {
    return "Owners' vote under Civil Code Art. 278";
  }

  @Override
  public String titleZh() {
    return "业主共同决定（民法典第二百七十八条）";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    List<Elector> owners = new ArrayList<>();
    for (int i = 0; i < AREAS.length; i++) {
      owners.add(Elector.of(VoterId.of("b3-" + (101 + i)), FloorArea.parse(AREAS[i])));
    }
    Instant opens = district.clock().instant();
    VoteOpened vote =
        district
            .voting()
            .open(
                "Use the maintenance fund to repair the lift of building 3",
                Electorate.of(owners),
                List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN),
                VotingWindow.of(opens, opens.plus(Duration.ofDays(7))));
    // Nine of twelve take part: six for, two against, one abstains.
    Option[] ballots = {
      Option.FOR,
      Option.FOR,
      Option.FOR,
      Option.FOR,
      Option.FOR,
      Option.FOR,
      Option.AGAINST,
      Option.AGAINST,
      Option.ABSTAIN
    };
    for (int i = 0; i < ballots.length; i++) {
      district.voting().cast(vote.vote(), owners.get(i).voter(), ballots[i]);
      district.clock().advance(Duration.ofHours(12));
    }
    district.clock().advanceTo(opens.plus(Duration.ofDays(7))); // the window closes
    VoteDecision lift =
        district
            .voting()
            .decide(
                vote.vote(),
                VoteRules.civilCode278(OwnersMatter.USE_MAINTENANCE_FUNDS),
                Option.FOR);
    VoteDecision changeOfUse =
        district
            .voting()
            .decide(
                vote.vote(),
                VoteRules.civilCode278(OwnersMatter.CHANGE_USE_OF_COMMON_PARTS),
                Option.FOR);
    out.columns("threshold 门槛", "basis 口径", "share 比例", "bound 要求", "passed 通过");
    for (ThresholdCheck check : lift.checks()) {
      out.row(
          check.name(),
          check.basis(),
          share(check),
          (check.comparison() == ThresholdCheck.Comparison.AT_LEAST ? ">= " : "> ") + check.bound(),
          check.passed() ? "yes 是" : "no 否");
    }
    out.figure("owners 业主", owners.size());
    out.figure("ballots 投票", ballots.length);
    out.figure("use maintenance fund (item 5)", lift.adopted() ? "adopted 通过" : "not adopted 未通过");
    out.figure(
        "change use of common parts (item 8)",
        changeOfUse.adopted() ? "adopted 通过" : "not adopted 未通过");
    out.check("the lift repair is adopted", lift.adopted());
    out.check(
        "the same ballots could not change the use of common parts (6/9 < 3/4)",
        !changeOfUse.adopted());
  }
}
