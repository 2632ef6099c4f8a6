package org.sanshe.timebank.rota;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceDraft;

/**
 * One weekly shift of a rota: a day of the week, a local start time, a length, a place and the
 * members on it. Immutable.
 *
 * @param day the day of the week
 * @param start the local start time
 * @param length how long, more than zero and at most 24 hours (a shift may run past midnight)
 * @param place where, at most 200 visible characters, no personal data
 * @param members the members on it, at least one, none twice
 */
public record RotaSlot(
    DayOfWeek day, LocalTime start, Duration length, String place, List<RotaMember> members) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws TimeBankException {@code TIMEBANK_ROTA_INVALID} naming the rule, {@code
   *     TIMEBANK_PLACE_INVALID}
   */
  public RotaSlot {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(place, "place");
    members = List.copyOf(members);
    if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(24)) > 0) {
      throw Rota.invalid("a shift lasts more than zero and at most 24 hours", "班次时长须大于零且不超过 24 小时");
    }
    if (place.length() > ServiceDraft.MAX_PLACE_LENGTH
        || !place.codePoints().allMatch(BoundedText::isVisible)) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_PLACE_INVALID, ServiceDraft.MAX_PLACE_LENGTH);
    }
    if (members.isEmpty()) {
      throw Rota.invalid("a shift has at least one member", "每个班次至少一名成员");
    }
    Set<Object> seen = new HashSet<>();
    for (RotaMember m : members) {
      if (!seen.add(m.volunteer())) {
        throw Rota.invalid("no member is on one shift twice", "同一成员不得在一个班次中出现两次");
      }
    }
  }

  /**
   * Tells the shift's place in the week, for messages: day and time, never a member.
   *
   * @return for example "MONDAY 08:00"
   */
  Wording label() {
    String t = day + " " + start;
    return Wording.of(t, t);
  }
}
