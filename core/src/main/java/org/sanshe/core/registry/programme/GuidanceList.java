package org.sanshe.core.registry.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.programme.GuidanceEvent.GuidanceListScreened;
import org.sanshe.core.registry.programme.GuidanceEvent.NeedFunded;
import org.sanshe.core.registry.programme.GuidanceEvent.NeedMet;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.ServiceList;

/**
 * The district's project guidance list (项目指导目录) for a year: the needs screened from the streets'
 * {@link ServiceList}s by a {@link GuidanceScreen}, each with a {@link NeedStatus} (accepted,
 * funded, met), and which of them a call covers.
 *
 * <p>An aggregate, one per district and year: it has a stored {@link #version()}, a {@link
 * #snapshot()} a store keeps, {@link #restore} that checks every rule, and {@link #pendingEvents()}
 * naming who acted; the {@link GuidanceLists} port keeps it.
 *
 * <p>Immutable and thread-safe: {@link #fund} and {@link #meet} return a new list carrying their
 * event; a refused command throws {@link RegistryException} and changes nothing. Null arguments are
 * refused with {@link NullPointerException}.
 */
public final class GuidanceList {

  private final DivisionCode district;
  private final int year;
  private final long version;
  private final SortedMap<NeedId, GuidedNeed> entries;
  private final List<GuidanceEvent> pending;

  private GuidanceList(
      DivisionCode district,
      int year,
      long version,
      SortedMap<NeedId, GuidedNeed> entries,
      List<GuidanceEvent> pending) {
    this.district = district;
    this.year = year;
    this.version = version;
    this.entries = Collections.unmodifiableSortedMap(entries);
    this.pending = pending;
  }

  /**
   * Screens the needs of a district as {@link #screen(DivisionCode, int, Collection,
   * GuidanceScreen)} does, as a list to be stored: the result raises {@link GuidanceListScreened}
   * naming who screened.
   *
   * @param district the district, not null
   * @param year the year, 2000 to 2999
   * @param needs the collected needs, not null
   * @param screen the screen, not null
   * @param actor who screened, an id
   * @param at when, not null
   * @return the list at version 0, every need {@link NeedStatus#ACCEPTED}
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID}, {@code
   *     ORGANIZATION_ID_INVALID} (actor) or {@code REGISTRY_FIELD_MISSING}
   */
  public static GuidanceList screen(
      DivisionCode district,
      int year,
      Collection<Need> needs,
      GuidanceScreen screen,
      String actor,
      Instant at) {
    Checks.actor(actor);
    Checks.at(at);
    GuidanceList g = screen(district, year, needs, screen);
    return g.with(g.entries, new GuidanceListScreened(district, year, actor, at, g.entries.size()));
  }

  /**
   * Screens the needs of a district: sums them per street ({@link ServiceList#perStreet}) and
   * accepts every need of a street and category that passes the screen. Needs outside the district
   * are ignored.
   *
   * @param district the district, not null
   * @param year the year, 2000 to 2999
   * @param needs the collected needs, not null
   * @param screen the screen, not null
   * @return the list at version 0 without events (a draft or a check; store the list screened with
   *     an actor), every need {@link NeedStatus#ACCEPTED}
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID} for the year
   */
  public static GuidanceList screen(
      DivisionCode district, int year, Collection<Need> needs, GuidanceScreen screen) {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(needs, "needs");
    Objects.requireNonNull(screen, "screen");
    checkYear(year);
    SortedMap<DivisionCode, ServiceList> streets = ServiceList.perStreet(district, needs);
    TreeMap<NeedId, GuidedNeed> out = new TreeMap<>();
    for (Need n : needs) {
      if (!n.community().isWithin(district)) {
        continue;
      }
      ServiceList street = streets.get(n.street());
      if (street != null && screen.takes(street, n.category())) {
        out.put(n.id(), new GuidedNeed(n, NeedStatus.ACCEPTED));
      }
    }
    return new GuidanceList(district, year, 0, out, List.of());
  }

  /**
   * Rebuilds a list from stored entries.
   *
   * @param district the district, not null
   * @param year the year, 2000 to 2999
   * @param entries the entries, not null; each need within the district, once
   * @return the list at version 0, without events
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID}
   */
  public static GuidanceList of(DivisionCode district, int year, Collection<GuidedNeed> entries) {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(entries, "entries");
    return build(district, year, 0, entries);
  }

  /**
   * Rebuilds a list from a snapshot, checking every rule.
   *
   * @param s the snapshot, not null
   * @return the list, without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING} or {@code
   *     PROGRAMME_SETTING_INVALID} (a year out of range, a negative version, a need outside the
   *     district or listed twice)
   */
  public static GuidanceList restore(GuidanceListSnapshot s) {
    Objects.requireNonNull(s, "s");
    Checks.required(s.district(), "district");
    Checks.required(s.entries(), "entries");
    if (s.version() < 0) {
      throw Checks.invalid(
          Wording.of("The guidance list's version", "项目指导目录版本"),
          Wording.of("not negative", "不能为负"));
    }
    return build(s.district(), s.year(), s.version(), s.entries());
  }

  private static GuidanceList build(
      DivisionCode district, int year, long version, Collection<GuidedNeed> entries) {
    checkYear(year);
    TreeMap<NeedId, GuidedNeed> out = new TreeMap<>();
    for (GuidedNeed g : entries) {
      Objects.requireNonNull(g, "entry");
      if (!g.need().community().isWithin(district)) {
        throw Checks.invalid(
            Wording.of("The guidance list's needs", "项目指导目录的需求"),
            Wording.of("each lies within the district", "须位于本区"));
      }
      if (out.put(g.need().id(), g) != null) {
        throw Checks.invalid(
            Wording.of("The guidance list's needs", "项目指导目录的需求"),
            Wording.of("each appears once", "每项只出现一次"));
      }
    }
    return new GuidanceList(district, year, version, out, List.of());
  }

  private GuidanceList with(SortedMap<NeedId, GuidedNeed> next, GuidanceEvent event) {
    List<GuidanceEvent> list = new ArrayList<>(pending);
    list.add(event);
    return new GuidanceList(district, year, version, new TreeMap<>(next), List.copyOf(list));
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2999) {
      throw Checks.invalid(Wording.of("The year", "年度"), Wording.of("2000 to 2999", "2000 至 2999"));
    }
  }

  /**
   * Marks a need funded (a funded project answers it).
   *
   * @param need the need, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the new list, raising {@link NeedFunded}
   * @throws RegistryException with {@code PROGRAMME_NEED_NOT_GUIDED}, {@code
   *     GUIDANCE_NEED_TRANSITION}, {@code ORGANIZATION_ID_INVALID} (actor) or {@code
   *     REGISTRY_FIELD_MISSING}
   */
  public GuidanceList fund(NeedId need, String actor, Instant at) {
    return move(need, NeedStatus.FUNDED, actor, at);
  }

  /**
   * Marks a need met.
   *
   * @param need the need, not null
   * @param actor who acts, an id
   * @param at when, not null
   * @return the new list, raising {@link NeedMet}
   * @throws RegistryException with {@code PROGRAMME_NEED_NOT_GUIDED}, {@code
   *     GUIDANCE_NEED_TRANSITION}, {@code ORGANIZATION_ID_INVALID} (actor) or {@code
   *     REGISTRY_FIELD_MISSING}
   */
  public GuidanceList meet(NeedId need, String actor, Instant at) {
    return move(need, NeedStatus.MET, actor, at);
  }

  private GuidanceList move(NeedId need, NeedStatus to, String actor, Instant at) {
    Objects.requireNonNull(need, "need");
    Checks.actor(actor);
    Checks.at(at);
    GuidedNeed g = entries.get(need);
    if (g == null) {
      throw new RegistryException(RegistryError.PROGRAMME_NEED_NOT_GUIDED, need);
    }
    if (!g.status().next().contains(to)) {
      throw new RegistryException(RegistryError.GUIDANCE_NEED_TRANSITION, need, g.status(), to);
    }
    TreeMap<NeedId, GuidedNeed> out = new TreeMap<>(entries);
    out.put(need, new GuidedNeed(g.need(), to));
    return with(
        out,
        to == NeedStatus.FUNDED
            ? new NeedFunded(district, year, actor, at, need)
            : new NeedMet(district, year, actor, at, need));
  }

  /**
   * Checks that a call may cover needs: each is on the list and not met.
   *
   * @param needs the needs, not null
   * @throws RegistryException with {@code PROGRAMME_NEED_NOT_GUIDED}
   */
  public void checkCoverable(Collection<NeedId> needs) {
    for (NeedId n : needs) {
      GuidedNeed g = entries.get(Objects.requireNonNull(n, "need"));
      if (g == null || !g.status().coverable()) {
        throw new RegistryException(RegistryError.PROGRAMME_NEED_NOT_GUIDED, n);
      }
    }
  }

  /**
   * Returns the entries a call covers.
   *
   * @param call the call, not null
   * @return the entries on this list that the call names, ordered by need id
   */
  public List<GuidedNeed> coveredBy(Call call) {
    Objects.requireNonNull(call, "call");
    return call.covers().stream().map(entries::get).filter(Objects::nonNull).toList();
  }

  /**
   * Returns an entry.
   *
   * @param need the need, not null
   * @return the entry, if listed
   */
  public Optional<GuidedNeed> entry(NeedId need) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(need, "need")));
  }

  /**
   * Returns every entry.
   *
   * @return an unmodifiable list ordered by need id
   */
  public List<GuidedNeed> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Counts the entries per status.
   *
   * @return an unmodifiable map in status order, statuses without needs absent
   */
  public Map<NeedStatus, Long> countByStatus() {
    EnumMap<NeedStatus, Long> out = new EnumMap<>(NeedStatus.class);
    for (GuidedNeed g : entries.values()) {
      out.merge(g.status(), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the district.
   *
   * @return the code
   */
  public DivisionCode district() {
    return district;
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the stored version, 0 before the first save.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot
   */
  public GuidanceListSnapshot snapshot() {
    return new GuidanceListSnapshot(district, year, version, List.copyOf(entries.values()));
  }

  /**
   * Returns the events raised since the list was read or screened.
   *
   * @return an unmodifiable list, oldest first
   */
  public List<GuidanceEvent> pendingEvents() {
    return pending;
  }

  /**
   * Returns the key a store and an outbox know this list by: the district code, a hyphen and the
   * year, such as {@code 320114-2026}.
   *
   * @return the key
   */
  public String key() {
    return key(district, year);
  }

  /**
   * Returns the key of a district's list for a year.
   *
   * @param district the district, not null
   * @param year the year
   * @return the key, such as {@code 320114-2026}
   */
  public static String key(DivisionCode district, int year) {
    return Objects.requireNonNull(district, "district") + "-" + year;
  }

  /** Equal when district, year, version and entries are; pending events are not compared. */
  @Override
  public boolean equals(Object o) {
    return o instanceof GuidanceList g
        && district.equals(g.district)
        && year == g.year
        && version == g.version
        && entries.equals(g.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(district, year, version, entries);
  }

  @Override
  public String toString() {
    return "GuidanceList["
        + district
        + " "
        + year
        + " v"
        + version
        + ", "
        + entries.size()
        + " needs]";
  }
}
