package org.sanshe.core.registry.programme;

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
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.ServiceList;

/**
 * The district's project guidance list (项目指导目录) for a year: the needs screened from the streets'
 * {@link ServiceList}s by a {@link GuidanceScreen}, each with a {@link NeedStatus} (accepted,
 * funded, met), and which of them a call covers.
 *
 * <p>Immutable and thread-safe: {@link #fund} and {@link #meet} return a new list. Null arguments
 * are refused with {@link NullPointerException}.
 */
public final class GuidanceList {

  private final DivisionCode district;
  private final int year;
  private final SortedMap<NeedId, GuidedNeed> entries;

  private GuidanceList(DivisionCode district, int year, SortedMap<NeedId, GuidedNeed> entries) {
    this.district = district;
    this.year = year;
    this.entries = Collections.unmodifiableSortedMap(entries);
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
   * @return the list, every need {@link NeedStatus#ACCEPTED}
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
    return new GuidanceList(district, year, out);
  }

  /**
   * Rebuilds a list from stored entries.
   *
   * @param district the district, not null
   * @param year the year, 2000 to 2999
   * @param entries the entries, not null; each need within the district, once
   * @return the list
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID}
   */
  public static GuidanceList of(DivisionCode district, int year, Collection<GuidedNeed> entries) {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(entries, "entries");
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
    return new GuidanceList(district, year, out);
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2999) {
      throw Checks.invalid(Wording.of("The year", "年度"), Wording.of("2000 to 2999", "2000 至 2999"));
    }
  }

  /**
   * Marks a need funded.
   *
   * @param need the need, not null
   * @return the new list
   * @throws RegistryException with {@code PROGRAMME_NEED_NOT_GUIDED} or {@code
   *     GUIDANCE_NEED_TRANSITION}
   */
  public GuidanceList fund(NeedId need) {
    return move(need, NeedStatus.FUNDED);
  }

  /**
   * Marks a need met.
   *
   * @param need the need, not null
   * @return the new list
   * @throws RegistryException with {@code PROGRAMME_NEED_NOT_GUIDED} or {@code
   *     GUIDANCE_NEED_TRANSITION}
   */
  public GuidanceList meet(NeedId need) {
    return move(need, NeedStatus.MET);
  }

  private GuidanceList move(NeedId need, NeedStatus to) {
    Objects.requireNonNull(need, "need");
    GuidedNeed g = entries.get(need);
    if (g == null) {
      throw new RegistryException(RegistryError.PROGRAMME_NEED_NOT_GUIDED, need);
    }
    if (!g.status().next().contains(to)) {
      throw new RegistryException(RegistryError.GUIDANCE_NEED_TRANSITION, need, g.status(), to);
    }
    TreeMap<NeedId, GuidedNeed> out = new TreeMap<>(entries);
    out.put(need, new GuidedNeed(g.need(), to));
    return new GuidanceList(district, year, out);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof GuidanceList g
        && district.equals(g.district)
        && year == g.year
        && entries.equals(g.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(district, year, entries);
  }

  @Override
  public String toString() {
    return "GuidanceList[" + district + " " + year + ", " + entries.size() + " needs]";
  }
}
