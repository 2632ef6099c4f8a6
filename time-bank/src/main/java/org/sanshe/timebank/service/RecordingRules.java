package org.sanshe.timebank.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.policy.Verdict;

/**
 * The rules a service record must meet: a positive period, nothing in the future, recorded within a
 * window after the service, no overlap with another current record of the same volunteer, at most a
 * daily maximum per calendar day (in the given zone), and the volunteer is not the beneficiary. The
 * window and the maximum are configuration. Immutable and thread-safe.
 *
 * @param dailyMaximum the most service per volunteer and day
 * @param recordingWindow how long after its end a service may still be recorded
 * @param zone the zone of calendar days
 */
public record RecordingRules(Duration dailyMaximum, Duration recordingWindow, ZoneId zone) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws TimeBankException {@code TIMEBANK_RULES_INVALID} unless the daily maximum lies in (0,
   *     24 h] and the recording window in (0, {@link #MAX_RECORDING_WINDOW}]
   */
  public RecordingRules {
    Objects.requireNonNull(dailyMaximum, "dailyMaximum");
    Objects.requireNonNull(recordingWindow, "recordingWindow");
    Objects.requireNonNull(zone, "zone");
    if (dailyMaximum.isNegative()
        || dailyMaximum.isZero()
        || dailyMaximum.compareTo(Duration.ofDays(1)) > 0
        || recordingWindow.isNegative()
        || recordingWindow.isZero()
        || recordingWindow.compareTo(MAX_RECORDING_WINDOW) > 0) {
      throw new TimeBankException(TimeBankError.TIMEBANK_RULES_INVALID);
    }
  }

  /** The longest recording window: 3,660 days, about ten years. */
  public static final Duration MAX_RECORDING_WINDOW = Duration.ofDays(3660);

  /**
   * Checks a draft against the volunteer's other records.
   *
   * @param draft the draft, not null
   * @param others the volunteer's other records (non-current ones are ignored), not null
   * @param now the current instant, not null
   * @return the decision
   */
  public Verdict check(ServiceDraft draft, List<ServiceRecord> others, Instant now) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(others, "others");
    Objects.requireNonNull(now, "now");
    if (!draft.end().isAfter(draft.start())
        || draft.start().isBefore(PlausibleTime.EARLIEST_INSTANT)) {
      return Verdict.refused(
          TimeBankError.TIMEBANK_SERVICE_PERIOD_INVALID, draft.start(), draft.end());
    }
    if (draft.end().isAfter(now)) {
      return Verdict.refused(TimeBankError.TIMEBANK_SERVICE_IN_FUTURE, draft.end());
    }
    if (draft.end().plus(recordingWindow).isBefore(now)) {
      return Verdict.refused(
          TimeBankError.TIMEBANK_SERVICE_OUTSIDE_WINDOW, draft.end(), recordingWindow);
    }
    if (draft.volunteer().equals(draft.beneficiary())) {
      return Verdict.refused(TimeBankError.TIMEBANK_SERVICE_SELF_BENEFICIARY);
    }
    // read by index below (no iterator per record and day)
    List<ServiceRecord> mine = others instanceof RandomAccess ? others : new ArrayList<>(others);
    for (int i = 0, n = mine.size(); i < n; i++) {
      Verdict v = overlapping(draft, mine.get(i));
      if (v != null) {
        return v;
      }
    }
    if (draft.start().getEpochSecond() - 2 * DAY > Steady.after(zone)) {
      return checkDaysAtOneOffset(draft, mine);
    }
    return checkDaysByCalendar(draft, mine);
  }

  private static Verdict overlapping(ServiceDraft draft, ServiceRecord r) {
    if (r.isCurrent()
        && r.draft().start().isBefore(draft.end())
        && draft.start().isBefore(r.draft().end())) {
      return Verdict.refused(TimeBankError.TIMEBANK_SERVICE_OVERLAP, r.id());
    }
    return null;
  }

  private static final long DAY = 86_400;

  /**
   * The daily maximum where the zone's offset is the same over every day the draft touches (the
   * common case: a zone without daylight saving time, or any zone long after its last change): days
   * are whole multiples of 86,400 seconds shifted by the offset, and the sums are in nanoseconds,
   * so that nothing is allocated per check. Gives the verdict {@link #checkDaysByCalendar} gives.
   * The records are read by index.
   */
  Verdict checkDaysAtOneOffset(ServiceDraft draft, List<ServiceRecord> others) {
    Instant start = draft.start();
    Instant end = draft.end();
    long offset = zone.getRules().getOffset(start).getTotalSeconds();
    long max = dailyMaximum.toNanos();
    long first = Math.floorDiv(start.getEpochSecond() + offset, DAY);
    // the day of the draft's last nanosecond
    long endSecond = end.getNano() == 0 ? end.getEpochSecond() - 1 : end.getEpochSecond();
    long last = Math.floorDiv(endSecond + offset, DAY);
    for (long d = first; d <= last; d++) {
      long from = d * DAY - offset;
      long to = from + DAY;
      long total = overlapNanos(start, end, from, to);
      for (int i = 0, n = others.size(); i < n && total <= max; i++) {
        ServiceRecord r = others.get(i);
        if (r.isCurrent()) {
          total += overlapNanos(r.draft().start(), r.draft().end(), from, to);
        }
      }
      // every overlap is at most a day, and the sum stops growing once above the maximum
      if (total > max) {
        return Verdict.refused(
            TimeBankError.TIMEBANK_SERVICE_DAILY_MAXIMUM,
            LocalDate.ofEpochDay(d),
            dailyMaximum.toMinutes());
      }
    }
    return PERMITTED;
  }

  private static long overlapNanos(Instant a, Instant b, long fromSecond, long toSecond) {
    long sSecond;
    int sNano;
    if (a.getEpochSecond() >= fromSecond) {
      sSecond = a.getEpochSecond();
      sNano = a.getNano();
    } else {
      sSecond = fromSecond;
      sNano = 0;
    }
    long eSecond;
    int eNano;
    if (b.getEpochSecond() < toSecond) {
      eSecond = b.getEpochSecond();
      eNano = b.getNano();
    } else {
      eSecond = toSecond;
      eNano = 0;
    }
    if (eSecond > sSecond || (eSecond == sSecond && eNano > sNano)) {
      // both ends lie within one day here: no overflow
      return (eSecond - sSecond) * 1_000_000_000L + (eNano - sNano);
    }
    return 0;
  }

  /** The daily maximum day by day through the zone's calendar, for any zone and date. */
  Verdict checkDaysByCalendar(ServiceDraft draft, List<ServiceRecord> others) {
    LocalDate day = draft.start().atZone(zone).toLocalDate();
    LocalDate last = draft.end().minusNanos(1).atZone(zone).toLocalDate();
    for (LocalDate d = day; !d.isAfter(last); d = d.plusDays(1)) {
      Instant from = d.atStartOfDay(zone).toInstant();
      Instant to = d.plusDays(1).atStartOfDay(zone).toInstant();
      Duration total = overlap(draft.start(), draft.end(), from, to);
      for (ServiceRecord r : others) {
        if (r.isCurrent()) {
          total = total.plus(overlap(r.draft().start(), r.draft().end(), from, to));
        }
      }
      if (total.compareTo(dailyMaximum) > 0) {
        return Verdict.refused(
            TimeBankError.TIMEBANK_SERVICE_DAILY_MAXIMUM, d, dailyMaximum.toMinutes());
      }
    }
    return PERMITTED;
  }

  private static final Verdict PERMITTED =
      Verdict.permitted("the service meets every recording rule");

  /**
   * The epoch second after which a zone's offset never changes again (a one-entry cache: a time
   * bank uses one zone). Thread-safe: the entry is an immutable pair published through a volatile
   * field.
   */
  private record Steady(ZoneId zone, long after) {

    private static volatile Steady last = new Steady(ZoneOffset.UTC, Long.MIN_VALUE);

    static long after(ZoneId zone) {
      Steady s = last;
      if (!s.zone.equals(zone)) {
        s = new Steady(zone, of(zone.getRules()));
        last = s;
      }
      return s.after;
    }

    private static long of(ZoneRules rules) {
      if (rules.isFixedOffset()) {
        return Long.MIN_VALUE;
      }
      if (!rules.getTransitionRules().isEmpty()) {
        // changes every year (daylight saving time): never steady
        return Long.MAX_VALUE;
      }
      List<ZoneOffsetTransition> changes = rules.getTransitions();
      return changes.isEmpty() ? Long.MIN_VALUE : changes.get(changes.size() - 1).toEpochSecond();
    }
  }

  private static Duration overlap(Instant a, Instant b, Instant from, Instant to) {
    Instant s = a.isAfter(from) ? a : from;
    Instant e = b.isBefore(to) ? b : to;
    return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
  }
}
