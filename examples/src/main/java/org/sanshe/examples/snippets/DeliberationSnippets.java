package org.sanshe.examples.snippets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.deliberation.affairs.TriageTable;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.memory.InMemoryMatters;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.OwnersMatter;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteDecision;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteRule;
import org.sanshe.deliberation.ownersvote.VoteRules;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/**
 * The README's deliberation snippets, community affairs and owners' votes; {@code
 * ReadmeSnippetsTest} checks that the README shows the tagged regions verbatim and that they do
 * what their comments say.
 */
public final class DeliberationSnippets {

  private DeliberationSnippets() {}

  /**
   * Records a matter, triages it for referral and reports the month.
   *
   * @return the month's report
   */
  public static TriageReport affairs() {
    ZoneId beijing = ZoneId.of("Asia/Shanghai");
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), beijing);
    InMemoryMatters matters = new InMemoryMatters();
    DivisionCode street = DivisionCode.parse("320114001");
    ReportPeriod month = ReportPeriod.parse("2026-03-01/2026-03-31");
    // tag::affairs[]
    Intake intake = new Intake(matters, clock, IdSource.sequential("matter"));
    MatterReport report =
        MatterReport.builder()
            .channel(Channel.GRID)
            .category(MatterCategory.of("street-lighting"))
            .place(Place.of(DivisionCode.parse("320114001002"), "G03"))
            .reporter(Reporter.of("李秀英", "13905170002")) // masked in every toString
            .urgency(Urgency.ROUTINE)
            .summary("The lamp by building 3 is out")
            .reportedAt(clock.instant())
            .build();
    ActorId clerk = ActorId.of("grid-worker-12"); // every step names who acted
    MatterId lamp = intake.record(clerk, report).matter();
    intake.triage(lamp, clerk, ResolutionPath.REFERRAL, "the lighting department's job");
    TriageReport march =
        TriageTable.of(matters.all(), beijing).report(street, month, TriageTargets.preset622());
    // march.referral() is 1; march.allHold() is false: one matter, and it was referred
    // end::affairs[]
    return march;
  }

  /**
   * Counts an owners' vote on using the maintenance fund under Civil Code Art. 278.
   *
   * @return the decision
   */
  public static VoteDecision ownersVote() {
    Instant opens = Instant.parse("2026-03-02T01:00:00Z");
    // tag::owners-vote[]
    Electorate owners =
        Electorate.of(
            List.of(
                Elector.of(VoterId.of("b3-101"), FloorArea.parse("89.5")),
                Elector.of(VoterId.of("b3-102"), FloorArea.parse("112.3")),
                Elector.of(VoterId.of("b3-201"), FloorArea.parse("89.5"))));
    VotingWindow week = VotingWindow.of(opens, opens.plus(Duration.ofDays(7)));
    Vote vote = Vote.motion(VoteId.of("lift"), "Repair the lift from the fund", owners, week);
    vote.cast(VoterId.of("b3-101"), Option.FOR, opens.plus(Duration.ofHours(1)));
    vote.cast(VoterId.of("b3-102"), Option.FOR, opens.plus(Duration.ofHours(2)));
    vote.cast(VoterId.of("b3-201"), Option.AGAINST, opens.plus(Duration.ofHours(3)));
    VoteRule item5 = VoteRules.civilCode278(OwnersMatter.USE_MAINTENANCE_FUNDS); // use the fund
    VoteDecision decision = vote.decide(item5, Option.FOR, week.closes());
    // all took part; 2 of 3 owners and 201.8 of 291.3 m² agree: decision.adopted() is true
    // end::owners-vote[]
    return decision;
  }
}
