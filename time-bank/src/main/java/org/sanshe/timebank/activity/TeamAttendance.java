package org.sanshe.timebank.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanshe.timebank.account.PartyId;

/**
 * A team's attendance over a period, per volunteer: the shifts signed up for, those attended
 * (checked in), those confirmed, and the minutes credited. Built from the activities of {@link
 * Activities#ofTeam} (cancelled activities are skipped). Immutable.
 *
 * @param lines one line per volunteer, ordered by volunteer id
 */
public record TeamAttendance(List<Line> lines) {

  /**
   * Copies the lines.
   *
   * @throws NullPointerException if the list is null or holds null
   */
  public TeamAttendance {
    lines = List.copyOf(lines);
  }

  /**
   * One volunteer's attendance. Immutable.
   *
   * @param volunteer the volunteer
   * @param signedUp the shifts signed up for
   * @param attended the shifts checked in at
   * @param confirmed the shifts confirmed as service
   * @param creditedMinutes the minutes credited for them
   */
  public record Line(
      PartyId volunteer, int signedUp, int attended, int confirmed, long creditedMinutes) {
    /** Checks for nulls. */
    public Line {
      Objects.requireNonNull(volunteer, "volunteer");
    }

    /**
     * Returns the shifts signed up for but not attended (absences, or not yet begun).
     *
     * @return signed up minus attended
     */
    public int missed() {
      return signedUp - attended;
    }
  }

  /**
   * Sums the attendance of activities.
   *
   * @param activities the team's activities over the period, not null
   * @return the attendance
   */
  public static TeamAttendance of(Collection<Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    Map<String, long[]> sums = new TreeMap<>();
    for (Activity a : activities) {
      if (a.isCancelled()) {
        continue;
      }
      for (Attendance t : a.attendance()) {
        long[] s = sums.computeIfAbsent(t.volunteer().value(), v -> new long[4]);
        s[0]++;
        if (t.checkedInAt() != null) {
          s[1]++;
        }
        if (t.state() == AttendanceState.CONFIRMED) {
          s[2]++;
          s[3] = Math.addExact(s[3], t.credited().toMinutes());
        }
      }
    }
    List<Line> lines = new ArrayList<>(sums.size());
    for (Map.Entry<String, long[]> e : sums.entrySet()) {
      long[] s = e.getValue();
      lines.add(new Line(PartyId.of(e.getKey()), (int) s[0], (int) s[1], (int) s[2], s[3]));
    }
    return new TeamAttendance(lines);
  }
}
