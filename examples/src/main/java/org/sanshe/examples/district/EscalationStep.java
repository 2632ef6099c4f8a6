package org.sanshe.examples.district;

import java.time.Duration;
import java.util.List;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.escalation.CaseEscalated;
import org.sanshe.deliberation.escalation.CaseOpened;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.Level;

/**
 * A referred street-lamp matter waits: nobody acts within the volunteer's day and then the social
 * worker's three days, so it climbs to the community, which closes it.
 */
public final class EscalationStep implements Step {

  /** Creates the step. */
  public EscalationStep() {}

  @Override
  public String key() {
    return "escalation";
  }

  @Override
  public String title() {
    return "Escalate an overdue matter up the ladder";
  }

  @Override
  public String titleZh() {
    return "逾期事项逐级上报";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    MatterId matter = district.referrals().get(0);
    CaseOpened opened = district.ladder().open(matter, Level.VOLUNTEER);
    out.columns("when 时间", "from 从", "to 到", "overdue 逾期", "next deadline 下一时限");
    out.row(
        opened.at().atZone(DistrictData.ZONE).toLocalDateTime(),
        "-",
        opened.level(),
        "-",
        opened.deadline().atZone(DistrictData.ZONE).toLocalDateTime());
    district.clock().advance(Duration.ofDays(1).plusMinutes(1));
    List<CaseEscalated> first = district.ladder().escalateOverdue(district.clock().instant());
    district.clock().advance(Duration.ofDays(3).plusMinutes(1));
    List<CaseEscalated> second = district.ladder().escalateOverdue(district.clock().instant());
    for (CaseEscalated e : List.of(first, second).stream().flatMap(List::stream).toList()) {
      out.row(
          e.at().atZone(DistrictData.ZONE).toLocalDateTime(),
          e.from(),
          e.to(),
          e.overdue() ? "yes 是" : "no 否",
          e.deadline().atZone(DistrictData.ZONE).toLocalDateTime());
    }
    district.ladder().close(opened.caseId(), "Street lamp replaced by the lighting department");
    EscalationCase closed = district.cases().find(opened.caseId()).orElseThrow();
    out.figure("matter 事项", matter.value());
    out.figure("case 案件", opened.caseId().value());
    out.figure("steps on the ladder", closed.trail().size());
    out.check(
        "the case climbed volunteer -> social worker -> community",
        first.size() == 1
            && first.get(0).to() == Level.SOCIAL_WORKER
            && second.size() == 1
            && second.get(0).to() == Level.COMMUNITY_OR_DEPARTMENT);
    out.check("no case is left open", district.cases().open().isEmpty());
  }
}
