package org.sanshe.examples.district;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterOrigin;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.AttendanceDesk;
import org.sanshe.timebank.memory.MemoryActivities;
import org.sanshe.timebank.service.ServiceRecord;

/**
 * A volunteer patrol (Xincheng's daily patrols): the team's coordinator publishes a patrol shift
 * with its crew, the volunteer checks in and reports what the patrol found; each finding becomes a
 * matter on the volunteer-patrol channel linked to the shift ({@link PatrolMatters}), ready for the
 * social worker to sort. A finding from someone not on the shift is refused and records nothing;
 * the coordinator confirms the shift and the patrol becomes verified hours.
 */
public final class PatrolStep implements Step {

  /** Creates the step. */
  public PatrolStep() {}

  @Override
  public String key() {
    return "patrol-findings";
  }

  @Override
  public String title() {
    return "A patrol's findings become matters";
  }

  @Override
  public String titleZh() {
    return "巡查发现转为社区事项";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    PatrolMatters findings =
        new PatrolMatters(
            district.intake(),
            f -> Place.of(DistrictData.YUHUA_COMMUNITY),
            f -> MatterCategory.of(f.category().equals("消防通道") ? "safety" : "environment"));
    AttendanceDesk desk = district.attendance(new MemoryActivities(), findings);
    ActivityId shift = ActivityId.of("patrol-2026-03-27-am");
    district.clock().advance(Duration.ofDays(1));
    Instant start = district.clock().instant().plus(Duration.ofHours(1));
    int mattersBefore = district.matters().all().size();
    desk.publishWithCrew(
        District.COORDINATOR,
        shift,
        ActivityKind.PATROL,
        "雨花社区环境与安全巡查",
        "雨花社区",
        start,
        start.plus(Duration.ofHours(2)),
        "patrol",
        district.teamParty(),
        null,
        java.util.Map.of(District.VOLUNTEER, District.VOLUNTEER_ACCOUNT));
    district.clock().advance(Duration.ofMinutes(65));
    desk.checkIn(District.VOLUNTEER, shift, District.VOLUNTEER);
    district.clock().advance(Duration.ofMinutes(20));
    desk.reportFinding(District.VOLUNTEER, shift, "3 栋 2 单元楼道", "消防通道", "楼道堆放杂物，消防通道受阻");
    district.clock().advance(Duration.ofMinutes(30));
    desk.reportFinding(District.VOLUNTEER, shift, "小区东门", "垃圾分类", "东门垃圾箱满溢");
    String refused = "";
    try {
      desk.reportFinding(District.ELDER, shift, "小区东门", "垃圾分类", "不在班次的人报告");
    } catch (SansheException e) {
      refused = e.code();
    }
    district.clock().advance(Duration.ofMinutes(40));
    desk.checkOut(District.VOLUNTEER, shift, District.VOLUNTEER);
    ServiceRecord hours = desk.confirm(District.COORDINATOR, shift, District.VOLUNTEER);

    out.columns("matter 事项", "channel 渠道", "category 类别", "origin 来源", "summary 摘要");
    List<MatterId> ids = findings.mattersOfShift(shift);
    boolean linked = !ids.isEmpty();
    for (MatterId id : ids) {
      Matter m = district.matters().find(id).orElseThrow();
      MatterReport r = m.snapshot().report();
      MatterOrigin origin = r.origin();
      linked &=
          r.channel().equals(Channel.VOLUNTEER_PATROL)
              && origin != null
              && origin.kind().equals(MatterOrigin.PATROL_SHIFT)
              && origin.reference().equals(shift.value());
      out.row(
          id.value(),
          r.channel(),
          r.category(),
          origin.kind() + ":" + origin.reference(),
          r.summary());
    }
    out.figure("findings kept 巡查发现", findings.ofShift(shift).size());
    out.figure("finding from someone off the shift refused", refused);
    out.figure("patrol hours credited 核实时长", hours.credited());
    out.check("each finding is one matter", ids.size() == 2 && findings.ofShift(shift).size() == 2);
    out.check("the matters are on the volunteer-patrol channel and linked to the shift", linked);
    out.check(
        "a finding from someone not on the shift is refused and records nothing",
        refused.equals("TIMEBANK_FINDING_NOT_ON_SHIFT")
            && district.matters().all().size() == mattersBefore + 2);
    out.check(
        "the patrol is credited as verified service",
        hours.status() == org.sanshe.timebank.service.ServiceStatus.VERIFIED
            && hours.credited().toMinutes() > 0);
  }
}
