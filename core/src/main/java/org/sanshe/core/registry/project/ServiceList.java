package org.sanshe.core.registry.project;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * The needs of an area summed into a service list: counts per service category and per channel,
 * which guides funding. Immutable.
 *
 * @param area the street, district or larger area
 * @param byCategory how many needs per category, ordered by the category's code (categories without
 *     needs absent)
 * @param byChannel how many needs per channel, ordered by the channel's code
 * @param total all needs of the area
 */
public record ServiceList(
    DivisionCode area,
    Map<ServiceDomain, Long> byCategory,
    Map<Channel, Long> byChannel,
    long total) {

  /** Copies the maps, both ordered by code (category and channel). */
  public ServiceList {
    Objects.requireNonNull(area, "area");
    byCategory = Collections.unmodifiableMap(new TreeMap<>(byCategory));
    byChannel = Collections.unmodifiableMap(new TreeMap<>(byChannel));
  }

  /**
   * Sums the needs collected within an area.
   *
   * @param area the area, not null
   * @param needs the needs, not null; those outside the area are ignored
   * @return the service list
   */
  public static ServiceList of(DivisionCode area, Collection<Need> needs) {
    Objects.requireNonNull(area, "area");
    TreeMap<ServiceDomain, Long> categories = new TreeMap<>();
    TreeMap<Channel, Long> channels = new TreeMap<>();
    long total = 0;
    for (Need n : needs) {
      if (n.community().isWithin(area)) {
        categories.merge(n.category(), 1L, Long::sum);
        channels.merge(n.channel(), 1L, Long::sum);
        total++;
      }
    }
    return new ServiceList(area, categories, channels, total);
  }

  /**
   * Aggregates the needs of a district per street (the streets' step before the district list).
   *
   * @param district the district, not null
   * @param needs the needs, not null
   * @return street to service list, ordered by code; streets without needs absent
   */
  public static SortedMap<DivisionCode, ServiceList> perStreet(
      DivisionCode district, Collection<Need> needs) {
    Objects.requireNonNull(district, "district");
    TreeMap<DivisionCode, java.util.List<Need>> grouped = new TreeMap<>();
    for (Need n : needs) {
      if (n.community().isWithin(district)) {
        grouped.computeIfAbsent(n.street(), k -> new java.util.ArrayList<>()).add(n);
      }
    }
    TreeMap<DivisionCode, ServiceList> out = new TreeMap<>();
    grouped.forEach((street, list) -> out.put(street, of(street, list)));
    return Collections.unmodifiableSortedMap(out);
  }
}
