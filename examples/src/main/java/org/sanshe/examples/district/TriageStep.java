package org.sanshe.examples.district;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TargetCheck;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.deliberation.affairs.TriageTable;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.affairs.Urgency;

/**
 * Thirty matters reach 雨花街道 from every channel; each is triaged by its category into community
 * deliberation, a social organization's service or referral, and the month's 622 report checks the
 * 60/20/20 targets.
 */
public final class TriageStep implements Step {

  private static final int MATTERS = 30;

  /** The street's triage rule: category to resolution path, six, two and two categories. */
  private static final List<Map.Entry<String, ResolutionPath>> RULE =
      List.of(
          Map.entry("parking", ResolutionPath.COMMUNITY_DELIBERATION),
          Map.entry("greening", ResolutionPath.COMMUNITY_DELIBERATION),
          Map.entry("property-fees", ResolutionPath.COMMUNITY_DELIBERATION),
          Map.entry("noise", ResolutionPath.COMMUNITY_DELIBERATION),
          Map.entry("shared-space", ResolutionPath.COMMUNITY_DELIBERATION),
          Map.entry("public-facilities", ResolutionPath.COMMUNITY_DELIBERATION),
          Map.entry("elder-care", ResolutionPath.SOCIAL_ORGANIZATION_SERVICE),
          Map.entry("child-care", ResolutionPath.SOCIAL_ORGANIZATION_SERVICE),
          Map.entry("street-lighting", ResolutionPath.REFERRAL),
          Map.entry("water-supply", ResolutionPath.REFERRAL));

  private static final List<String> REPORTERS = List.of("张建国", "李秀英", "王志强", "刘桂兰", "陈海燕");

  /** Creates the step. */
  public TriageStep() {}

  @Override
  public String key() {
    return "triage-622";
  }

  @Override
  public String title() {
    return "Triage a month of matters: the 622 report";
  }

  @Override
  public String titleZh() {
    return "议题分流：“622”月报";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    Channel[] channels = Channel.presets().toArray(new Channel[0]);
    for (int i = 0; i < MATTERS; i++) {
      Map.Entry<String, ResolutionPath> rule = RULE.get(i % RULE.size());
      MatterReport report =
          MatterReport.builder()
              .channel(channels[i % channels.length])
              .category(MatterCategory.of(rule.getKey()))
              .place(
                  Place.of(
                      i % 3 == 0 ? DistrictData.DINGQIANG_COMMUNITY : DistrictData.YUHUA_COMMUNITY,
                      "G0" + (1 + i % 4)))
              .reporter(
                  Reporter.of(
                      REPORTERS.get(i % REPORTERS.size()),
                      DistrictData.REPORTER_PHONES.get(i % DistrictData.REPORTER_PHONES.size())))
              .urgency(i % 7 == 0 ? Urgency.URGENT : Urgency.ROUTINE)
              .summary("matter " + (i + 1) + ": " + rule.getKey())
              .reportedAt(district.clock().instant())
              .build();
      MatterId id = district.intake().record(ActorId.of("clerk-1"), report).matter();
      district
          .intake()
          .triage(id, ActorId.of("clerk-1"), rule.getValue(), "category " + rule.getKey());
      if (rule.getValue() == ResolutionPath.REFERRAL) {
        district.referrals().add(id);
      }
      district.clock().advance(Duration.ofHours(6));
    }
    TriageTargets targets = TriageTargets.preset622();
    TriageReport march =
        TriageTable.of(district.matters().all(), DistrictData.ZONE)
            .report(
                DistrictData.YUHUA_STREET, ReportPeriod.parse("2026-03-01/2026-03-31"), targets);
    out.columns("path 分流路径", "matters 件数", "share 占比", "target 目标", "holds 达标");
    for (TargetCheck check : march.checks()) {
      out.row(
          check.path() + " " + chinese(check.path()),
          check.count(),
          check.count() + "/" + check.total(),
          (check.bound() == TargetCheck.Bound.AT_LEAST ? ">= " : "<= ") + check.target(),
          check.holds() ? "yes 是" : "no 否");
    }
    out.figure("recorded 受理", march.recorded());
    out.figure("triaged 已分流", march.triaged());
    out.figure("deliberation 协商", march.deliberation());
    out.figure("service 服务", march.service());
    out.figure("referral 转办", march.referral());
    out.note(
        "622 is Yuhuatai's triage rule: of a month's public matters at least "
            + percent(targets.minDeliberation())
            + " are settled by community deliberation, at least "
            + percent(targets.minService())
            + " by social organizations' services, at most "
            + percent(targets.maxReferral())
            + " are referred to departments");
    out.check("30 matters recorded and triaged", march.recorded() == 30 && march.triaged() == 30);
    out.check(
        "18 / 6 / 6 by path",
        march.deliberation() == 18 && march.service() == 6 && march.referral() == 6);
    out.check("every 622 target holds", march.allHold());
  }

  private static String percent(Fraction share) {
    return share.times(100).toBigDecimal(0).toPlainString() + "%";
  }

  private static String chinese(ResolutionPath path) {
    return switch (path) {
      case COMMUNITY_DELIBERATION -> "社区协商";
      case SOCIAL_ORGANIZATION_SERVICE -> "社会组织服务";
      case REFERRAL -> "转办";
    };
  }
}
