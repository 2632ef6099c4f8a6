package org.sanshe.jackson.timebank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.sanshe.jackson.internal.Values;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityEvent;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivitySnapshot;
import org.sanshe.timebank.care.CareEvent;
import org.sanshe.timebank.care.CarePairing;
import org.sanshe.timebank.care.CarePairingSnapshot;
import org.sanshe.timebank.care.PairingId;
import org.sanshe.timebank.rota.Rota;
import org.sanshe.timebank.rota.RotaChange;
import org.sanshe.timebank.rota.RotaEvent;
import org.sanshe.timebank.rota.RotaId;
import org.sanshe.timebank.rota.RotaSnapshot;
import org.sanshe.timebank.team.CoverageReport;
import org.sanshe.timebank.team.TeamEvent;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.TeamSnapshot;
import org.sanshe.timebank.team.VolunteerTeam;

/**
 * The JSON of the time bank's volunteering (activities, volunteer teams, rotas, care pairings,
 * service commitments), registered by {@link SansheTimeBankModule}.
 *
 * <ul>
 *   <li>Activity, team, rota and pairing ids are plain strings.
 *   <li>Every event carries a {@code type}: an activity's {@code ACTIVITY_PUBLISHED}, {@code
 *       VOLUNTEER_SIGNED_UP}, {@code SIGN_UP_WITHDRAWN}, {@code VOLUNTEER_CHECKED_IN}, {@code
 *       VOLUNTEER_CHECKED_OUT}, {@code ATTENDANCE_CONFIRMED}, {@code ACTIVITY_CANCELLED}; a team's
 *       {@code TEAM_FORMED}, {@code MEMBER_JOINED}, {@code MEMBER_LEFT}, {@code LEADER_CHANGED},
 *       {@code GUIDE_ASSIGNED}, {@code TEAM_DISSOLVED}; a rota's {@code ROTA_DRAWN_UP}, {@code
 *       SHIFT_SWAPPED}, {@code ABSENCE_RECORDED}; a care pairing's {@code CARE_PAIRED}, {@code
 *       VISIT_RECORDED}, {@code PAIRING_ENDED}.
 *   <li>{@link Activity}, {@link VolunteerTeam}, {@link Rota} and {@link CarePairing} are written
 *       as their snapshots and read back through {@code restore}, so JSON that breaks a rule fails
 *       with the rule's code.
 *   <li>A coverage report carries its verdicts {@code teamsMet} and {@code rotaMet}, written and
 *       ignored on reading. Durations (a rota slot's length, a yearly minimum) are ISO-8601 ({@code
 *       "PT20H"}), as in the recording rules; times of day are {@code "08:30"}.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class VolunteeringJson {

  private VolunteeringJson() {}

  static void register(SimpleModule module) {
    Values.string(module, ActivityId.class, ActivityId::value, ActivityId::of);
    Values.string(module, TeamId.class, TeamId::value, TeamId::of);
    Values.string(module, RotaId.class, RotaId::value, RotaId::of);
    Values.string(module, PairingId.class, PairingId::value, PairingId::of);
    module.setMixInAnnotation(ActivityEvent.class, ActivityEventMixIn.class);
    module.setMixInAnnotation(TeamEvent.class, TeamEventMixIn.class);
    module.setMixInAnnotation(RotaEvent.class, RotaEventMixIn.class);
    module.setMixInAnnotation(CareEvent.class, CareEventMixIn.class);
    module.setMixInAnnotation(CoverageReport.class, CoverageMixIn.class);
    module.setMixInAnnotation(RotaChange.class, RotaChangeMixIn.class);
    Values.snapshot(
        module, Activity.class, ActivitySnapshot.class, Activity::snapshot, Activity::restore);
    Values.snapshot(
        module,
        VolunteerTeam.class,
        TeamSnapshot.class,
        VolunteerTeam::snapshot,
        VolunteerTeam::restore);
    Values.snapshot(module, Rota.class, RotaSnapshot.class, Rota::snapshot, Rota::restore);
    Values.snapshot(
        module,
        CarePairing.class,
        CarePairingSnapshot.class,
        CarePairing::snapshot,
        CarePairing::restore);
  }

  /** An activity's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ActivityEvent.ActivityPublished.class, name = "ACTIVITY_PUBLISHED"),
    @JsonSubTypes.Type(value = ActivityEvent.VolunteerSignedUp.class, name = "VOLUNTEER_SIGNED_UP"),
    @JsonSubTypes.Type(value = ActivityEvent.SignUpWithdrawn.class, name = "SIGN_UP_WITHDRAWN"),
    @JsonSubTypes.Type(
        value = ActivityEvent.VolunteerCheckedIn.class,
        name = "VOLUNTEER_CHECKED_IN"),
    @JsonSubTypes.Type(
        value = ActivityEvent.VolunteerCheckedOut.class,
        name = "VOLUNTEER_CHECKED_OUT"),
    @JsonSubTypes.Type(
        value = ActivityEvent.AttendanceConfirmed.class,
        name = "ATTENDANCE_CONFIRMED"),
    @JsonSubTypes.Type(value = ActivityEvent.ActivityCancelled.class, name = "ACTIVITY_CANCELLED")
  })
  private interface ActivityEventMixIn {}

  /** A volunteer team's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TeamEvent.TeamFormed.class, name = "TEAM_FORMED"),
    @JsonSubTypes.Type(value = TeamEvent.MemberJoined.class, name = "MEMBER_JOINED"),
    @JsonSubTypes.Type(value = TeamEvent.MemberLeft.class, name = "MEMBER_LEFT"),
    @JsonSubTypes.Type(value = TeamEvent.LeaderChanged.class, name = "LEADER_CHANGED"),
    @JsonSubTypes.Type(value = TeamEvent.GuideAssigned.class, name = "GUIDE_ASSIGNED"),
    @JsonSubTypes.Type(value = TeamEvent.TeamDissolved.class, name = "TEAM_DISSOLVED")
  })
  private interface TeamEventMixIn {}

  /** A rota's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = RotaEvent.RotaDrawnUp.class, name = "ROTA_DRAWN_UP"),
    @JsonSubTypes.Type(value = RotaEvent.ShiftSwapped.class, name = "SHIFT_SWAPPED"),
    @JsonSubTypes.Type(value = RotaEvent.AbsenceRecorded.class, name = "ABSENCE_RECORDED")
  })
  private interface RotaEventMixIn {}

  /** A care pairing's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = CareEvent.CarePaired.class, name = "CARE_PAIRED"),
    @JsonSubTypes.Type(value = CareEvent.VisitRecorded.class, name = "VISIT_RECORDED"),
    @JsonSubTypes.Type(value = CareEvent.PairingEnded.class, name = "PAIRING_ENDED")
  })
  private interface CareEventMixIn {}

  /** A rota change: {@code absence} (no replacement) is written, ignored on reading. */
  @JsonIgnoreProperties(value = "absence", allowGetters = true)
  private interface RotaChangeMixIn {}

  /** A coverage report's verdicts: written, ignored on reading. */
  @JsonIgnoreProperties(
      value = {"teamsMet", "rotaMet"},
      allowGetters = true)
  @JsonPropertyOrder({
    "community",
    "targets",
    "activeTeams",
    "members",
    "volunteersOnRota",
    "teamsMet",
    "rotaMet"
  })
  private interface CoverageMixIn {
    @JsonProperty("teamsMet")
    boolean teamsMet();

    @JsonProperty("rotaMet")
    boolean rotaMet();
  }
}
