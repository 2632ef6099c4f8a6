package org.sanshe.timebank.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
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
    for (ServiceRecord r : others) {
      if (r.isCurrent()
          && r.draft().start().isBefore(draft.end())
          && draft.start().isBefore(r.draft().end())) {
        return Verdict.refused(TimeBankError.TIMEBANK_SERVICE_OVERLAP, r.id());
      }
    }
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
    return Verdict.permitted("the service meets every recording rule");
  }

  private static Duration overlap(Instant a, Instant b, Instant from, Instant to) {
    Instant s = a.isAfter(from) ? a : from;
    Instant e = b.isBefore(to) ? b : to;
    return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
  }
}
