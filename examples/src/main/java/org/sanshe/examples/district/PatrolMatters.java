package org.sanshe.examples.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterOrigin;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.PatrolFinding;
import org.sanshe.timebank.activity.PatrolFindings;

/**
 * The adapter between the time bank's patrol findings and the deliberation module's matters, which
 * do not know each other: each finding a volunteer reports on a patrol shift ({@code
 * AttendanceDesk.reportFinding}) is recorded as a matter on the {@link Channel#VOLUNTEER_PATROL}
 * channel, recorded by the volunteer (the actor id is the volunteer's party id), with the shift as
 * its origin ({@link MatterOrigin#patrolShift}), the finding's place and description as its summary
 * (the description alone when both would pass the {@value PatrolFinding#MAX_DESCRIPTION} characters
 * a stored summary holds; the place stays in the finding) and the time of the finding as the time
 * reported. The matter's place (a community, grid or building of the division directory) and its
 * category come from the integrator's mappings, since a shift's place is free text. The reporter is
 * not named on the matter (the volunteer is the recording actor).
 *
 * <p>A finding is kept only after its matter was recorded: when the intake refuses it (a category
 * the place does not list, say), the coded error reaches the volunteer and nothing is kept.
 *
 * <p>Thread-safe (synchronized); an example to copy, not a published type.
 */
public final class PatrolMatters implements PatrolFindings {

  private final Intake intake;
  private final Function<PatrolFinding, Place> place;
  private final Function<PatrolFinding, MatterCategory> category;
  private final Map<ActivityId, List<PatrolFinding>> findings = new HashMap<>();
  private final Map<ActivityId, List<MatterId>> matters = new HashMap<>();

  /**
   * Creates the adapter.
   *
   * @param intake the intake desk that records the matters, not null
   * @param place where a finding's matter is placed, not null
   * @param category a finding's matter category, not null
   */
  public PatrolMatters(
      Intake intake,
      Function<PatrolFinding, Place> place,
      Function<PatrolFinding, MatterCategory> category) {
    this.intake = Objects.requireNonNull(intake, "intake");
    this.place = Objects.requireNonNull(place, "place");
    this.category = Objects.requireNonNull(category, "category");
  }

  @Override
  public synchronized void report(PatrolFinding finding) {
    Objects.requireNonNull(finding, "finding");
    MatterReport report =
        MatterReport.builder()
            .channel(Channel.VOLUNTEER_PATROL)
            .category(category.apply(finding))
            .place(place.apply(finding))
            .reporter(Reporter.anonymous())
            .urgency(Urgency.ROUTINE)
            .summary(summary(finding))
            .reportedAt(finding.reportedAt())
            .origin(MatterOrigin.patrolShift(finding.shift().value()))
            .build();
    MatterId id = intake.record(ActorId.of(finding.reporter().value()), report).matter();
    findings.computeIfAbsent(finding.shift(), s -> new ArrayList<>()).add(finding);
    matters.computeIfAbsent(finding.shift(), s -> new ArrayList<>()).add(id);
  }

  private static String summary(PatrolFinding f) {
    String text = f.place() + "：" + f.description();
    return text.length() <= PatrolFinding.MAX_DESCRIPTION ? text : f.description();
  }

  @Override
  public synchronized List<PatrolFinding> ofShift(ActivityId shift) {
    return List.copyOf(findings.getOrDefault(Objects.requireNonNull(shift, "shift"), List.of()));
  }

  /**
   * Returns the matters recorded for a shift's findings, in the order reported.
   *
   * @param shift the shift, not null
   * @return the matter ids
   */
  public synchronized List<MatterId> mattersOfShift(ActivityId shift) {
    return List.copyOf(matters.getOrDefault(Objects.requireNonNull(shift, "shift"), List.of()));
  }
}
