package org.sanshe.timebank.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKey;
import org.sanshe.timebank.error.IdRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.team.TeamId;

/**
 * A team's patrol rota (排班表): weekly slots repeated over a span of dates, with swaps and absences
 * on dated shifts. A rota never puts a member on two shifts at once: the weekly pattern is checked
 * when it is drawn up (shifts that run past midnight or past Sunday included), and a swap is
 * checked against the shifts its new member already has that day and the days either side; either
 * is refused with {@code TIMEBANK_ROTA_OVERLAP}. The pattern is checked in local time, so in a zone
 * with daylight saving time a shift across the change is as long as its local times say.
 *
 * <p>Every command checks its rule first and changes nothing when refused; a successful one appends
 * a past-tense {@link RotaEvent}. Not thread-safe: a unit of work read from a {@link Rotas} store.
 */
public final class Rota {

  /** The kind's name in messages. */
  public static final Wording KIND = Wording.of("rota", "排班表");

  /** The longest rota id, leaving room for the date and slot of its shifts' ids: {@value}. */
  public static final int MAX_ID = 50;

  /** The most weekly slots: {@value}. */
  public static final int MAX_SLOTS = 200;

  /** The longest span of dates, in days: {@value}. */
  public static final int MAX_DAYS = 400;

  /** The most swaps and absences: {@value}. */
  public static final int MAX_CHANGES = 20_000;

  private static final long WEEK = 7L * 86_400;

  private final RotaId id;
  private final TeamId team;
  private final PartyId organization;
  private final String category;
  private final ZoneId zone;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final List<RotaSlot> slots;
  private final List<RotaChange> changes = new ArrayList<>();
  private final Map<String, List<RotaChange>> changesByShift = new HashMap<>();
  private final PartyId drawnUpBy;
  private final Instant drawnUpAt;
  private final long version;
  private final List<RotaEvent> pending = new ArrayList<>();

  private Rota(RotaSnapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.team = Objects.requireNonNull(s.team(), "team");
    this.organization = Objects.requireNonNull(s.organization(), "organization");
    this.category = IdRules.check("category", s.category());
    this.zone = Objects.requireNonNull(s.zone(), "zone");
    this.firstDay = Objects.requireNonNull(s.firstDay(), "firstDay");
    this.lastDay = Objects.requireNonNull(s.lastDay(), "lastDay");
    this.slots = List.copyOf(s.slots());
    this.drawnUpBy = Objects.requireNonNull(s.drawnUpBy(), "drawnUpBy");
    this.drawnUpAt = Objects.requireNonNull(s.drawnUpAt(), "drawnUpAt");
    this.version = s.version();
    if (id.value().length() > MAX_ID) {
      throw invalid(
          "a rota id has at most " + MAX_ID + " characters", "排班表编号至多 " + MAX_ID + " 个字符");
    }
    if (lastDay.isBefore(firstDay) || ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
      throw invalid(
          "the last day is not before the first and the span is at most " + MAX_DAYS + " days",
          "截止日期不早于起始日期，跨度至多 " + MAX_DAYS + " 天");
    }
    if (slots.isEmpty() || slots.size() > MAX_SLOTS) {
      throw invalid("1 to " + MAX_SLOTS + " weekly shifts", "每周班次为 1 至 " + MAX_SLOTS + " 个");
    }
    if (version < 0 || s.changes().size() > MAX_CHANGES) {
      throw invalid(
          "a version from 0 and at most " + MAX_CHANGES + " changes",
          "版本号不小于 0，变更至多 " + MAX_CHANGES + " 条");
    }
    checkPattern();
    for (RotaChange c : s.changes()) {
      if (c.isAbsence()) {
        checkAbsence(c.day(), c.slot(), c.member());
      } else {
        checkSwap(c.day(), c.slot(), c.member(), c.replacement());
      }
      keep(c);
    }
  }

  static TimeBankException invalid(String english, String chinese) {
    return new TimeBankException(TimeBankError.TIMEBANK_ROTA_INVALID, Wording.of(english, chinese));
  }

  /**
   * Draws up a rota.
   *
   * @param id the id, at most {@value #MAX_ID} characters, not null
   * @param team the team, not null
   * @param organization the recording organization of its shifts, not null
   * @param category the service category of its shifts, not null
   * @param zone the zone of its dates and times, not null
   * @param firstDay the first date, not null
   * @param lastDay the last date, not before the first, at most {@value #MAX_DAYS} days on
   * @param slots the weekly slots, 1 to {@value #MAX_SLOTS}, not null
   * @param by who draws it up, not null
   * @param at when, not null
   * @return the rota at version 0 with a {@link RotaEvent.RotaDrawnUp} pending
   * @throws TimeBankException {@code TIMEBANK_ROTA_OVERLAP} if the pattern puts a member on two
   *     shifts at once, {@code TIMEBANK_ROTA_INVALID} naming another broken rule
   */
  public static Rota drawUp(
      RotaId id,
      TeamId team,
      PartyId organization,
      String category,
      ZoneId zone,
      LocalDate firstDay,
      LocalDate lastDay,
      List<RotaSlot> slots,
      PartyId by,
      Instant at) {
    Rota r =
        new Rota(
            new RotaSnapshot(
                id,
                0,
                team,
                organization,
                category,
                zone,
                firstDay,
                lastDay,
                slots,
                List.of(),
                by,
                at));
    r.pending.add(new RotaEvent.RotaDrawnUp(id, team, by, at));
    return r;
  }

  /**
   * Restores a rota from its snapshot, replaying every rule.
   *
   * @param snapshot the snapshot, not null
   * @return the rota, with no pending events
   * @throws TimeBankException naming the broken rule
   */
  public static Rota restore(RotaSnapshot snapshot) {
    return new Rota(Objects.requireNonNull(snapshot, "snapshot"));
  }

  private void checkPattern() {
    Map<PartyId, List<Integer>> byMember = new HashMap<>();
    for (int i = 0; i < slots.size(); i++) {
      for (RotaMember m : slots.get(i).members()) {
        byMember.computeIfAbsent(m.volunteer(), v -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> mine : byMember.values()) {
      for (int x = 0; x < mine.size(); x++) {
        for (int y = x + 1; y < mine.size(); y++) {
          RotaSlot a = slots.get(mine.get(x));
          RotaSlot b = slots.get(mine.get(y));
          if (overlapInWeek(a, b)) {
            throw new TimeBankException(TimeBankError.TIMEBANK_ROTA_OVERLAP, a.label(), b.label());
          }
        }
      }
    }
  }

  private static long weekSecond(RotaSlot s) {
    return (s.day().getValue() - 1) * 86_400L + s.start().toSecondOfDay();
  }

  private static boolean overlapInWeek(RotaSlot a, RotaSlot b) {
    long sa = weekSecond(a);
    long sb = weekSecond(b);
    long la = a.length().getSeconds();
    long lb = b.length().getSeconds();
    return Math.floorMod(sb - sa, WEEK) < la || Math.floorMod(sa - sb, WEEK) < lb;
  }

  /**
   * Hands a dated shift from a member to another volunteer.
   *
   * @param day the date, not null
   * @param slot the slot index
   * @param member the member leaving, on the shift, not null
   * @param replacement who takes over, not on it, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_ROTA_NO_SHIFT}, {@code TIMEBANK_ROTA_NOT_ON_SHIFT},
   *     {@code TIMEBANK_ROTA_ALREADY_ON_SHIFT}, {@code TIMEBANK_ROTA_OVERLAP}, {@code
   *     TIMEBANK_ROTA_INVALID} when the rota holds as many changes as it can
   */
  public void swap(
      LocalDate day, int slot, PartyId member, RotaMember replacement, PartyId by, Instant at) {
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    checkSwap(day, slot, member, replacement);
    full();
    keep(new RotaChange(day, slot, member, replacement));
    pending.add(new RotaEvent.ShiftSwapped(id, day, slot, member, replacement.volunteer(), by, at));
  }

  /**
   * Records a member's absence from a dated shift; at least one member stays on it.
   *
   * @param day the date, not null
   * @param slot the slot index
   * @param member the member, on the shift, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_ROTA_NO_SHIFT}, {@code TIMEBANK_ROTA_NOT_ON_SHIFT},
   *     {@code TIMEBANK_ROTA_INVALID} for the last member of a shift
   */
  public void absent(LocalDate day, int slot, PartyId member, PartyId by, Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    checkAbsence(day, slot, member);
    full();
    keep(new RotaChange(day, slot, member, null));
    pending.add(new RotaEvent.AbsenceRecorded(id, day, slot, member, by, at));
  }

  private void full() {
    if (changes.size() >= MAX_CHANGES) {
      throw invalid("at most " + MAX_CHANGES + " changes", "变更至多 " + MAX_CHANGES + " 条");
    }
  }

  private void checkAbsence(LocalDate day, int slot, PartyId member) {
    Objects.requireNonNull(member, "member");
    Map<PartyId, RotaMember> on = membersOn(day, slot);
    if (!on.containsKey(member)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ROTA_NOT_ON_SHIFT);
    }
    if (on.size() == 1) {
      throw invalid("a shift keeps at least one member (swap instead)", "班次至少保留一名成员（请改为换班）");
    }
  }

  private void checkSwap(LocalDate day, int slot, PartyId member, RotaMember replacement) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(replacement, "replacement");
    Map<PartyId, RotaMember> on = membersOn(day, slot);
    if (!on.containsKey(member)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ROTA_NOT_ON_SHIFT);
    }
    if (on.containsKey(replacement.volunteer())) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ROTA_ALREADY_ON_SHIFT);
    }
    RotaShift target = shift(day, slot);
    for (LocalDate d = day.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
      for (int i = 0; i < slots.size(); i++) {
        if ((d.equals(day) && i == slot) || !scheduled(d, i)) {
          continue;
        }
        if (membersOn(d, i).containsKey(replacement.volunteer())) {
          RotaShift other = shift(d, i);
          if (other.start().isBefore(target.end()) && target.start().isBefore(other.end())) {
            throw new TimeBankException(
                TimeBankError.TIMEBANK_ROTA_OVERLAP, slots.get(slot).label(), slots.get(i).label());
          }
        }
      }
    }
  }

  private void keep(RotaChange c) {
    changes.add(c);
    changesByShift.computeIfAbsent(key(c.day(), c.slot()), k -> new ArrayList<>()).add(c);
  }

  private static String key(LocalDate day, int slot) {
    return day + "#" + slot;
  }

  private boolean scheduled(LocalDate day, int slot) {
    return slot >= 0
        && slot < slots.size()
        && !day.isBefore(firstDay)
        && !day.isAfter(lastDay)
        && slots.get(slot).day() == day.getDayOfWeek();
  }

  private Map<PartyId, RotaMember> membersOn(LocalDate day, int slot) {
    Objects.requireNonNull(day, "day");
    if (!scheduled(day, slot)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ROTA_NO_SHIFT, day, slot);
    }
    Map<PartyId, RotaMember> on = new LinkedHashMap<>();
    for (RotaMember m : slots.get(slot).members()) {
      on.put(m.volunteer(), m);
    }
    for (RotaChange c : changesByShift.getOrDefault(key(day, slot), List.of())) {
      on.remove(c.member());
      if (!c.isAbsence()) {
        on.put(c.replacement().volunteer(), c.replacement());
      }
    }
    return on;
  }

  /**
   * Returns one dated shift with its members after swaps and absences.
   *
   * @param day the date, not null
   * @param slot the slot index
   * @return the shift
   * @throws TimeBankException {@code TIMEBANK_ROTA_NO_SHIFT} if the rota does not schedule it
   */
  public RotaShift shift(LocalDate day, int slot) {
    Map<PartyId, RotaMember> on = membersOn(day, slot);
    RotaSlot s = slots.get(slot);
    Instant start = day.atTime(s.start()).atZone(zone).toInstant();
    return new RotaShift(
        ActivityId.of(id.value() + ":" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ":" + slot),
        id,
        day,
        slot,
        start,
        start.plus(s.length()),
        s.place(),
        new ArrayList<>(on.values()));
  }

  /**
   * Returns the dated shifts between two dates (both included), in order of date and slot.
   *
   * @param from the first date, not null
   * @param to the last date, not null
   * @return the shifts within the rota's span
   */
  public List<RotaShift> shifts(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<RotaShift> out = new ArrayList<>();
    LocalDate d = from.isBefore(firstDay) ? firstDay : from;
    LocalDate last = to.isAfter(lastDay) ? lastDay : to;
    for (; !d.isAfter(last); d = d.plusDays(1)) {
      for (int i = 0; i < slots.size(); i++) {
        if (slots.get(i).day() == d.getDayOfWeek()) {
          out.add(shift(d, i));
        }
      }
    }
    return out;
  }

  /**
   * Returns a volunteer's shifts of this rota that end after {@code now} and come after {@code
   * after} in the order of {@link ActivityKey} (start, then id), with swaps and absences applied: a
   * shift the volunteer took over by a swap is listed, one the volunteer left or is absent from is
   * not. Stops after {@code max} shifts, so a page costs the days it covers, not the whole span.
   *
   * @param volunteer the volunteer, not null
   * @param now the current instant, not null
   * @param after the last key of the previous page, or null for the first page
   * @param max the most shifts, at least 1
   * @return the shifts in key order, at most {@code max}
   */
  public List<RotaShift> shiftsOf(PartyId volunteer, Instant now, ActivityKey after, int max) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(now, "now");
    if (max < 1) {
      return List.of();
    }
    Instant from = after == null || after.start().isBefore(now) ? now : after.start();
    // A shift lasts at most 24 hours: one starting two local days before "from" has ended.
    LocalDate d = from.atZone(zone).toLocalDate().minusDays(2);
    if (d.isBefore(firstDay)) {
      d = firstDay;
    }
    List<RotaShift> out = new ArrayList<>();
    for (; !d.isAfter(lastDay); d = d.plusDays(1)) {
      if (out.size() >= max) {
        break; // every shift of a later day starts after every shift found so far
      }
      for (int i = 0; i < slots.size(); i++) {
        RotaSlot s = slots.get(i);
        if (s.day() != d.getDayOfWeek() || !on(volunteer, d, i)) {
          continue;
        }
        RotaShift shift = shift(d, i);
        if (shift.end().isAfter(now)
            && (after == null || new ActivityKey(shift.start(), shift.id()).compareTo(after) > 0)) {
          out.add(shift);
        }
      }
    }
    out.sort(
        (a, b) -> new ActivityKey(a.start(), a.id()).compareTo(new ActivityKey(b.start(), b.id())));
    return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
  }

  private boolean on(PartyId volunteer, LocalDate day, int slot) {
    boolean on = false;
    for (RotaMember m : slots.get(slot).members()) {
      if (m.volunteer().equals(volunteer)) {
        on = true;
        break;
      }
    }
    for (RotaChange c : changesByShift.getOrDefault(key(day, slot), List.of())) {
      if (c.member().equals(volunteer)) {
        on = false;
      }
      if (!c.isAbsence() && c.replacement().volunteer().equals(volunteer)) {
        on = true;
      }
    }
    return on;
  }

  /**
   * Tells whether a volunteer is named anywhere in this rota: on a weekly slot or as the
   * replacement of a swap.
   *
   * @param volunteer the volunteer, not null
   * @return true when named
   */
  public boolean names(PartyId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    for (RotaSlot s : slots) {
      for (RotaMember m : s.members()) {
        if (m.volunteer().equals(volunteer)) {
          return true;
        }
      }
    }
    for (RotaChange c : changes) {
      if (!c.isAbsence() && c.replacement().volunteer().equals(volunteer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the volunteers of the weekly pattern (before swaps and absences).
   *
   * @return an ordered, immutable set
   */
  public Set<PartyId> volunteers() {
    Set<PartyId> all = new LinkedHashSet<>();
    for (RotaSlot s : slots) {
      for (RotaMember m : s.members()) {
        all.add(m.volunteer());
      }
    }
    return java.util.Collections.unmodifiableSet(all);
  }

  /**
   * Returns the state as plain data.
   *
   * @return the snapshot at this instance's version
   */
  public RotaSnapshot snapshot() {
    return new RotaSnapshot(
        id,
        version,
        team,
        organization,
        category,
        zone,
        firstDay,
        lastDay,
        slots,
        changes,
        drawnUpBy,
        drawnUpAt);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public RotaId id() {
    return id;
  }

  /**
   * Returns the team.
   *
   * @return the team
   */
  public TeamId team() {
    return team;
  }

  /**
   * Returns the recording organization of its shifts.
   *
   * @return the organization
   */
  public PartyId organization() {
    return organization;
  }

  /**
   * Returns the service category of its shifts.
   *
   * @return the category code
   */
  public String category() {
    return category;
  }

  /**
   * Tells whether the rota covers a date.
   *
   * @param day the date, not null
   * @return true if within its span
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /**
   * Returns the version read from the store (0 if new).
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since it was read or drawn up, oldest first.
   *
   * @return an immutable copy
   */
  public List<RotaEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  @Override
  public String toString() {
    return "Rota[" + id + ", team " + team + ", " + slots.size() + " slots, v" + version + "]";
  }
}
