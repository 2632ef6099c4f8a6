package org.sanshe.core.registry.programme;

import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.ServiceList;

/**
 * How the district screens the streets' service lists into its guidance list: a category of a
 * street is taken when the district funds the category and the street's service list counts at
 * least {@code minimumNeeds} needs in it; every need of that street and category is then accepted.
 * The field reports describe the screening but quote no threshold, so {@link #defaults()} (every
 * domain, at least one need) is our default, not a local figure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param domains the categories the district funds; empty means all
 * @param minimumNeeds the fewest needs of a category in a street's list, at least 1
 */
public record GuidanceScreen(Set<ServiceDomain> domains, long minimumNeeds) {

  /**
   * Checks the components.
   *
   * @throws org.sanshe.core.registry.RegistryException with {@code PROGRAMME_SETTING_INVALID}
   */
  public GuidanceScreen {
    Objects.requireNonNull(domains, "domains");
    if (minimumNeeds < 1) {
      throw Checks.invalid(Wording.of("minimumNeeds", "最少需求数"), Wording.of("at least 1", "至少为 1"));
    }
    domains = ServiceDomain.sortedSet(domains);
  }

  /**
   * Returns our default: every domain, at least one need.
   *
   * @return the screen
   */
  public static GuidanceScreen defaults() {
    return new GuidanceScreen(Set.of(), 1);
  }

  /**
   * Tells whether a street's list passes the screen in a category.
   *
   * @param streetList the street's service list, not null
   * @param category the category, not null
   * @return true if the category is taken for that street
   */
  public boolean takes(ServiceList streetList, ServiceDomain category) {
    Objects.requireNonNull(streetList, "streetList");
    Objects.requireNonNull(category, "category");
    return (domains.isEmpty() || domains.contains(category))
        && streetList.byCategory().getOrDefault(category, 0L) >= minimumNeeds;
  }
}
